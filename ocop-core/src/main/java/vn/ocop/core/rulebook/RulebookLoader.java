package vn.ocop.core.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.io.SourceMap;
import vn.ocop.core.io.StrictReader;
import vn.ocop.core.io.StrictReader.Format;

/**
 * Reads rulebook YAML files (format {@code ocop-rulebook/1}, see {@code docs/rulebook-format.md})
 * strictly: an unknown key, a wrong type, an impossible date or a figure that is internally
 * inconsistent is a {@link RulebookException} naming the file, the line and the key.
 *
 * <p>Values may be overridden before binding ("what if the 4★ threshold were 75?"): the override
 * is a YAML/JSON tree merged key by key into the file's tree, so {@code {scoring: {bands: {4:
 * {from: 75}, 3: {below: 75}}}}} changes two figures and leaves the rest. The result is validated
 * like a file: an override that leaves a gap between bands is refused.
 */
public final class RulebookLoader {
    private final StrictReader reader;

    public RulebookLoader() {
        this(new StrictReader());
    }

    public RulebookLoader(StrictReader reader) {
        this.reader = reader;
    }

    /** Reads one rulebook file. */
    public LoadedRulebook load(String source, String text) {
        return load(source, text, null);
    }

    /**
     * Reads one rulebook file and applies {@code overrides} (a tree merged into the file's, or null).
     *
     * @throws RulebookException listing every problem found
     */
    public LoadedRulebook load(String source, String text, JsonNode overrides) {
        try {
            JsonNode tree = reader.readTree(source, text, Format.YAML);
            if (overrides != null && !overrides.isNull()) {
                tree = merge(tree.deepCopy(), overrides);
            }
            Rulebook rb = reader.bind(source, text, Format.YAML, tree, Rulebook.class);
            SourceMap lines = SourceMap.of(text, reader.factory(Format.YAML));
            return new LoadedRulebook(rb, source, sha256(text), lines, overrides != null && !overrides.isNull());
        } catch (RulebookException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw new RulebookException(e.problems());
        }
    }

    /** The hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    }

    /** Merges {@code override} into {@code base}: objects key by key, anything else replaced. */
    public static JsonNode merge(JsonNode base, JsonNode override) {
        if (base instanceof ObjectNode b && override.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = override.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode existing = b.get(e.getKey());
                if (existing != null && existing.isObject() && e.getValue().isObject()) {
                    merge(existing, e.getValue());
                } else {
                    b.set(e.getKey(), e.getValue().deepCopy());
                }
            }
            return b;
        }
        return override.deepCopy();
    }

    /** Convenience: loads several files and checks them as a set. */
    public Rulebooks loadAll(Map<String, String> filesByName) {
        List<LoadedRulebook> loaded = new java.util.ArrayList<>();
        List<InvalidInputException.Problem> problems = new java.util.ArrayList<>();
        for (Map.Entry<String, String> f : filesByName.entrySet()) {
            try {
                loaded.add(load(f.getKey(), f.getValue()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return Rulebooks.of(loaded);
    }
}
