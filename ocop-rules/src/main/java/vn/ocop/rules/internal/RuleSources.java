package vn.ocop.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.ocop.core.InvalidInputException;

/**
 * The rule files of a rule base, by relative path ({@code rulebooks/qd26-2026.yaml},
 * {@code criteria/qd26-2026/10-gia-vi-khac.yaml}, {@code rules/rating.drl}): the built-in ones
 * from the classpath, optionally overlaid by a directory with the same layout.
 *
 * @param files  relative path → text
 * @param origin "built-in", or the directory
 * @param external relative paths that came from the directory
 */
public record RuleSources(Map<String, String> files, String origin, List<String> external) {

    /** The classpath folder holding the built-in files. */
    public static final String BASE = "vn/ocop/";
    /** The index of the built-in files, one relative path per line. */
    public static final String INDEX = BASE + "index.txt";

    public RuleSources {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        external = List.copyOf(external);
    }

    /** The built-in files, read through {@value #INDEX}. */
    public static RuleSources builtIn() {
        ClassLoader cl = RuleSources.class.getClassLoader();
        String index = read(cl, INDEX);
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : index.split("\n")) {
            String p = line.trim();
            if (!p.isEmpty() && !p.startsWith("#")) {
                files.put(p, read(cl, BASE + p));
            }
        }
        return new RuleSources(files, "built-in", List.of());
    }

    private static String read(ClassLoader cl, String path) {
        try (InputStream in = cl.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in rule file missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These files with a directory laid over them: a file at the same relative path replaces the
     * built-in one, a new one is added. The directory has the layout of the built-in files:
     * {@code CHANGELOG.yaml}, {@code rulebooks/*.yaml}, {@code criteria/<folder>/*.yaml} and
     * {@code rules/*.drl}; other files (notes, README) are left alone.
     *
     * @throws InvalidInputException naming every YAML or DRL file outside that layout (a misspelled
     *                               folder would otherwise be silently ignored) or not UTF-8 text
     */
    public RuleSources overlay(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rules directory " + dir + " does not exist or is not a directory");
        }
        Map<String, String> out = new LinkedHashMap<>(files);
        List<String> ext = new ArrayList<>();
        List<InvalidInputException.Problem> refused = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!(rel.endsWith(".yaml") || rel.endsWith(".yml") || rel.endsWith(".drl"))) {
                    continue;
                }
                if (!LAYOUT.matcher(rel).matches()) {
                    refused.add(new InvalidInputException.Problem(dir.resolve(rel).toString(), 0, "",
                            "the library does not read '" + rel + "': it is outside the folders of a rules directory",
                            "use CHANGELOG.yaml, rulebooks/<name>.yaml, criteria/<folder>/<name>.yaml or "
                                    + "rules/<name>.drl (is a folder name misspelled?)"));
                    continue;
                }
                try {
                    out.put(rel, vn.ocop.core.io.TextFiles.read(p, rel));
                } catch (InvalidInputException e) {
                    refused.addAll(e.problems());
                    continue;
                }
                ext.add(rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + dir, e);
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return new RuleSources(out, dir.toString(), ext);
    }

    /** Where rule files may be, relative to a rules directory. */
    private static final java.util.regex.Pattern LAYOUT = java.util.regex.Pattern.compile(
            "CHANGELOG\\.yaml|rulebooks/[^/]+\\.ya?ml|criteria/[^/]+/[^/]+\\.ya?ml|rules/[^/]+\\.drl");

    /** The DRL files, by relative path. */
    public Map<String, String> drl() {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.endsWith(".drl")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Files under a folder (relative path prefix, e.g. {@code rulebooks/}). */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.startsWith(prefix) && (k.endsWith(".yaml") || k.endsWith(".yml"))) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The DRL files that came from a rules directory. */
    public List<String> externalDrl() {
        return external.stream().filter(p -> p.endsWith(".drl")).toList();
    }

    /** True when any DRL file differs from the built-in set. */
    public boolean drlChangedFrom(RuleSources builtIn) {
        return !drl().equals(builtIn.drl());
    }
}
