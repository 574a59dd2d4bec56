package vn.ocop.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.io.SourceMap;
import vn.ocop.core.io.StrictReader;
import vn.ocop.core.io.StrictReader.Format;
import vn.ocop.core.rulebook.RulebookLoader;
import vn.ocop.rules.OcopRules;

/**
 * Reads scenario files ({@code *.yaml} under a folder) strictly: an unknown or misspelled key,
 * a wrong type, an impossible date, a case with no expectation or no legal reference, a fact that
 * does not fit the model is an error naming the file, the line and the key. The format is
 * described in {@code docs/scenarios.md}.
 */
public final class ScenarioLoader {
    /** Defaults for the producer and product when a case does not give them (or gives them partly). */
    static final String DEFAULT_PRODUCER = "{\"id\": \"P-SCN\", \"name\": \"Chủ thể kịch bản\", \"type\": \"COOPERATIVE\"}";
    static final String DEFAULT_PRODUCT = "{\"code\": \"SCN-0001\", \"name\": \"Sản phẩm kịch bản\", "
            + "\"productSet\": \"I.4.b\", \"locality\": {\"provinceCode\": \"51\", \"provinceName\": \"Quảng Ngãi\", "
            + "\"communeCode\": \"00001\", \"communeName\": \"Xã mẫu\"}}";

    private final StrictReader reader = new StrictReader();

    /** The result of reading files: the cases, and every problem found. */
    public record Result(List<LoadedScenario> scenarios, List<Problem> problems) {
    }

    /** Reads every {@code .yaml}/{@code .yml} file under {@code dir}, in path order. */
    public Result loadDirectory(Path dir) {
        List<LoadedScenario> all = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.exists(dir)) {
            problems.add(new Problem(dir.toString(), 0, "", "no such file or folder"));
            return new Result(all, problems);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.isDirectory(dir) ? Files.walk(dir) : Stream.of(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, "", "cannot read: " + e.getMessage()));
            return new Result(all, problems);
        }
        if (files.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, "", "no scenario files (*.yaml) here"));
        }
        for (Path f : files) {
            String name = Files.isDirectory(dir) ? dir.relativize(f).toString().replace('\\', '/') : f.toString();
            try {
                Result r = load(name, vn.ocop.core.io.TextFiles.read(f, name));
                all.addAll(r.scenarios());
                problems.addAll(r.problems());
            } catch (vn.ocop.core.InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return new Result(all, problems);
    }

    /** Reads one file's text. */
    public Result load(String source, String text) {
        List<LoadedScenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = reader.readTree(source, text, Format.YAML);
        } catch (InvalidInputException e) {
            return new Result(out, e.problems());
        }
        SourceMap lines = SourceMap.of(text, reader.factory(Format.YAML));
        List<Problem> commas = vn.ocop.core.io.DecimalCommas.find(source, text, "memberTotals");
        if (!commas.isEmpty()) {
            return new Result(out, commas);
        }
        if (!root.isObject() || !root.has("scenarios")) {
            problems.add(new Problem(source, 1, "", "a scenario file is a mapping with one key, 'scenarios', holding "
                    + "a list of cases"));
            return new Result(out, problems);
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!k.equals("scenarios")) {
                problems.add(new Problem(source, lines.line(k), k, "unknown key '" + k + "'",
                        "a scenario file has one key, 'scenarios'"));
            }
        });
        JsonNode list = root.get("scenarios");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(new Problem(source, lines.line("scenarios"), "scenarios", "expected a list of cases"));
            return new Result(out, problems);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "scenarios[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                problems.add(new Problem(source, lines.line(path), path, "expected a case (a mapping of keys)"));
                continue;
            }
            List<Problem> citations = citations(source, lines, path, node);
            if (!citations.isEmpty()) {
                problems.addAll(citations);
                continue;
            }
            List<Problem> partial = partialsNotMappings(source, lines, path, node);
            if (!partial.isEmpty()) {
                problems.addAll(partial);
                continue;
            }
            try {
                ObjectNode withDefaults = withDefaults((ObjectNode) node.deepCopy());
                Scenario s = reader.bindAt(source, lines, path, withDefaults, Format.YAML, Scenario.class);
                if (!names.add(s.name())) {
                    problems.add(new Problem(source, lines.line(path + ".name"), path + ".name",
                            "two cases are named '" + s.name() + "'"));
                }
                problems.addAll(checkConfiguration(source, lines, path, s));
                ProductRecord record = record(source, lines, path, s);
                int overridesLine = node.has("overrides") ? lines.line(path + ".overrides") : lines.line(path);
                out.add(new LoadedScenario(source, lines.line(path), s, record, path, overridesLine));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return new Result(out, problems);
    }

    /**
     * Every expected citation ({@code cites}) must be a whole citation, {@code <document>, <provision>}, like
     * the {@code references}: a list written on one line, {@code cites: [26/2026/QĐ-TTg, Điều 8.1.d]}, is read
     * as two items, neither of them a citation.
     */
    private static List<Problem> citations(String source, SourceMap lines, String path, JsonNode node) {
        List<Problem> out = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            String p = path + "." + e.getKey();
            if (e.getKey().equals("cites") && e.getValue().isArray()) {
                for (int j = 0; j < e.getValue().size(); j++) {
                    JsonNode c = e.getValue().get(j);
                    if (!c.isTextual()) {
                        continue; // the binder reports the wrong type
                    }
                    try {
                        vn.ocop.core.LegalBasis.parse(c.asText());
                    } catch (IllegalArgumentException x) {
                        String at = p + "[" + j + "]";
                        out.add(new Problem(source, lines.line(at), at, x.getMessage()));
                    }
                }
            } else if (e.getValue().isObject()) {
                out.addAll(citations(source, lines, p, e.getValue()));
            }
        });
        return out;
    }

    /**
     * The producer and the product of a case are partial mappings that the defaults complete
     * ({@link #withDefaults}), so they must be mappings: {@code producer: HTX Ba Tơ} (a name where the
     * producer's keys belong) is refused here, at its line, instead of reaching the merge.
     */
    private static List<Problem> partialsNotMappings(String source, SourceMap lines, String path, JsonNode node) {
        List<Problem> out = new ArrayList<>();
        JsonNode given = node.get("given");
        if (given == null || !given.isObject()) {
            return out; // no given (the binder decides), or not a mapping (the binder reports it)
        }
        Map<String, String> keys = Map.of("producer", "id, name, type …", "product", "code, name, productSet …");
        for (String key : List.of("producer", "product")) {
            JsonNode v = given.get(key);
            if (v != null && !v.isNull() && !v.isObject()) {
                String p = path + ".given." + key;
                out.add(new Problem(source, lines.line(p), p, "expected the " + key + "'s keys (a mapping of keys to "
                        + "values), but got " + kind(v), "write its keys (" + keys.get(key) + ") indented under '"
                        + key + ":'"));
            }
        }
        return out;
    }

    /** A YAML value's kind, in the words of the other messages. */
    private static String kind(JsonNode v) {
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            String t = v.asText().replaceAll("\\s+", " ").strip();
            return "the text '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return "the true/false value " + v.asText();
        }
        return "a " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " value";
    }

    private static List<Problem> checkConfiguration(String source, SourceMap lines, String path, Scenario s) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < s.ruleSets().size(); i++) {
            if (!OcopRules.RULE_SETS.contains(s.ruleSets().get(i))) {
                String p = path + ".ruleSets[" + i + "]";
                out.add(new Problem(source, lines.line(p), p, "unknown rule set '" + s.ruleSets().get(i) + "'",
                        "known: " + String.join(", ", OcopRules.RULE_SETS)));
            }
        }
        return out;
    }

    private static ProductRecord record(String source, SourceMap lines, String path, Scenario s) {
        Scenario.Given g = s.given();
        try {
            ProductRecord.Builder b = ProductRecord.builder(g.product(), g.producer());
            g.evaluations().forEach(b::evaluation);
            g.certificates().forEach(b::certificate);
            g.findings().forEach(b::finding);
            g.events().forEach(b::event);
            g.traceability().forEach(b::traceability);
            ProductRecord r = b.build();
            for (int i = 0; i < g.events().size(); i++) {
                String n = g.events().get(i).certificateNumber();
                if (g.certificates().stream().noneMatch(c -> c.number().equals(n))) {
                    String p = path + ".given.events[" + i + "].certificateNumber";
                    throw new InvalidInputException(new Problem(source, lines.line(p), p,
                            "no certificate numbered '" + n + "' in this case"));
                }
            }
            return r;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new Problem(source, lines.line(path + ".given"), path + ".given",
                    e.getMessage()));
        }
    }

    /**
     * Fills the producer and product defaults and the ids and product codes left out. A producer or
     * product that is not a mapping is left as written (refused before, see
     * {@link #partialsNotMappings}).
     */
    static ObjectNode withDefaults(ObjectNode c) {
        if (!(c.get("given") instanceof ObjectNode given)
                || !(RulebookLoader.merge(parse(DEFAULT_PRODUCER), orEmpty(given.get("producer")))
                        instanceof ObjectNode producer)) {
            return c;
        }
        given.set("producer", producer);
        ObjectNode productDefaults = (ObjectNode) parse(DEFAULT_PRODUCT);
        productDefaults.set("producerId", producer.get("id"));
        if (!(RulebookLoader.merge(productDefaults, orEmpty(given.get("product"))) instanceof ObjectNode product)) {
            return c;
        }
        given.set("product", product);
        JsonNode code = product.get("code");
        fill(given, "evaluations", "id", "E-", code);
        fill(given, "certificates", "number", "C-", code);
        fill(given, "findings", "id", "F-", code);
        fill(given, "traceability", null, null, code);
        if (given.get("salesPoints") instanceof ArrayNode points) {
            points.forEach(p -> {
                if (p instanceof ObjectNode po && po.get("items") instanceof ArrayNode items) {
                    items.forEach(i -> {
                        if (i instanceof ObjectNode o && "OCOP".equals(o.path("basis").asText())
                                && !o.has("productCode")) {
                            o.set("productCode", code);
                        }
                    });
                }
            });
        }
        return c;
    }

    /**
     * Gives each entry of {@code given.<list>} that lacks them the product's code and, when {@code idKey} is not
     * null, an id {@code prefix + position}.
     */
    private static void fill(ObjectNode given, String list, String idKey, String prefix, JsonNode code) {
        JsonNode l = given.get(list);
        if (l instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof ObjectNode o) {
                    if (idKey != null && !o.has(idKey)) {
                        o.put(idKey, prefix + (i + 1));
                    }
                    if (!o.has("productCode")) {
                        o.set("productCode", code);
                    }
                }
            }
        }
    }

    private static JsonNode orEmpty(JsonNode n) {
        return n == null || n.isNull() ? JsonNodeFactory.instance.objectNode() : n;
    }

    private static JsonNode parse(String json) {
        try {
            return vn.ocop.core.io.Mappers.json().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
