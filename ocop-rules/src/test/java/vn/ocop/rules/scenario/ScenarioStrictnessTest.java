package vn.ocop.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.io.Mappers;
import vn.ocop.rules.LifecycleState;
import vn.ocop.rules.Party;
import vn.ocop.rules.RatingOutcome;
import vn.ocop.rules.RevocationGround;
import vn.ocop.rules.UpgradePath;
import vn.ocop.rules.WindowState;

/**
 * A passing run must mean something: every expected value of every library scenario is changed,
 * one at a time, to another valid value, and the case must then fail. Typos and empty
 * expectations must be errors with file and line.
 */
class ScenarioStrictnessTest {
    /** The enum each expected key holds. */
    static final java.util.Map<String, Class<? extends Enum<?>>> ENUMS = java.util.Map.ofEntries(
            java.util.Map.entry("outcome", RatingOutcome.class), java.util.Map.entry("state", LifecycleState.class),
            java.util.Map.entry("window", WindowState.class), java.util.Map.entry("certifiedBy", Authority.class),
            java.util.Map.entry("authority", Authority.class), java.util.Map.entry("revokingAuthority", Authority.class),
            java.util.Map.entry("forwardedTo", EvaluationLevel.class), java.util.Map.entry("level", EvaluationLevel.class),
            java.util.Map.entry("ground", RevocationGround.class), java.util.Map.entry("path", UpgradePath.class),
            java.util.Map.entry("party", Party.class), java.util.Map.entry("kind", vn.ocop.core.TraceabilityKind.class));
    static final List<String> RULEBOOKS = List.of("QD1048_2019", "QD148_2023", "QD148_1489_2025", "QD26_2026");

    final ScenarioLoader loader = new ScenarioLoader();
    final ScenarioRunner runner = new ScenarioRunner();

    @Test
    void should_fail_a_case_whenever_any_single_expected_value_is_changed() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(LibraryScenariosTest.DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> survivors = new ArrayList<>();
        int mutations = 0;
        for (Path f : files) {
            JsonNode root = Mappers.yaml().readTree(f.toFile());
            ArrayNode cases = (ArrayNode) root.get("scenarios");
            for (int i = 0; i < cases.size(); i++) {
                List<String> paths = new ArrayList<>();
                leaves(cases.get(i).get("expect"), "expect", paths);
                for (String leaf : paths) {
                    ObjectNode copy = root.deepCopy();
                    JsonNode mutatedCase = copy.get("scenarios").get(i);
                    if (!mutate(mutatedCase, leaf)) {
                        continue;
                    }
                    ObjectNode single = Mappers.yaml().createObjectNode();
                    single.set("scenarios", Mappers.yaml().createArrayNode().add(mutatedCase));
                    ScenarioLoader.Result r = loader.load(f.toString(), Mappers.yaml().writeValueAsString(single));
                    mutations++;
                    if (!r.problems().isEmpty()) {
                        survivors.add(f.getFileName() + " case " + i + " " + leaf + ": the mutation made the file "
                                + "unreadable: " + r.problems().get(0));
                        continue;
                    }
                    if (runner.run(r.scenarios().get(0)).passed()) {
                        survivors.add(f.getFileName() + " case " + i + " " + leaf + ": still passes when changed");
                    }
                }
            }
        }
        assertThat(mutations).isGreaterThan(300);
        assertThat(survivors).isEmpty();
    }

    private static void leaves(JsonNode n, String path, List<String> out) {
        if (path.endsWith(".absent")) {
            // "absent" lists fields that have no value; naming another field that has none is still a true
            // statement, so a change there need not fail (each name is checked, and an unknown name is an error)
            return;
        }
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> leaves(e.getValue(), path + "." + e.getKey(), out));
        } else if (n.isArray()) {
            if (n.isEmpty()) {
                out.add(path);
            }
            for (int i = 0; i < n.size(); i++) {
                leaves(n.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.add(path);
        }
    }

    /** Changes the value at {@code path} to another valid value of the same kind. */
    private static boolean mutate(JsonNode root, String path) {
        String[] steps = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        int bracket = last.indexOf('[');
        String key = bracket < 0 ? last : last.substring(0, bracket);
        JsonNode container = parent;
        JsonNode value = parent.get(key);
        if (bracket >= 0) {
            container = step(parent, last.substring(0, last.lastIndexOf('[')));
            value = container.get(index(last.substring(last.lastIndexOf('['))));
        }
        if (value == null) {
            return false;
        }
        JsonNode changed;
        if (value.isArray() && value.isEmpty()) {
            ArrayNode a = ((ArrayNode) value).deepCopy();
            if (key.equals("dueActions")) {
                a.addObject().put("party", "PRODUCER");
            } else if (key.equals("revocations")) {
                a.addObject().put("proposed", true);
            } else if (key.equals("ratings") || key.equals("certificates") || key.equals("rounds")
                    || key.equals("traceability")) {
                a.addObject();
            } else if (key.equals("cnnttb")) {
                a.addObject().put("award", "AN-AWARD");
            } else if (key.equals("shelf")) {
                a.addObject().put("name", "A-PRODUCT");
            } else if (key.equals("schedule")) {
                a.addObject().put("rule", "A-RULE");
            } else {
                a.add("SOMETHING-ELSE");
            }
            changed = a;
        } else {
            changed = other(value, key.equals("problem") && path.contains("traceability") ? "traceabilityProblem"
                    : key.equals("problem") ? "shelfProblem" : key);
        }
        if (bracket >= 0) {
            ((ArrayNode) container).set(index(last.substring(last.lastIndexOf('['))), changed);
        } else {
            ((ObjectNode) parent).set(key, changed);
        }
        return true;
    }

    private static JsonNode step(JsonNode n, String step) {
        JsonNode cur = n;
        String s = step;
        int b = s.indexOf('[');
        cur = cur.get(b < 0 ? s : s.substring(0, b));
        while (b >= 0) {
            int e = s.indexOf(']', b);
            cur = cur.get(Integer.parseInt(s.substring(b + 1, e)));
            b = s.indexOf('[', e);
        }
        return cur;
    }

    private static int index(String s) {
        return Integer.parseInt(s.substring(1, s.length() - 1));
    }

    private static JsonNode other(JsonNode v, String key) {
        if (v.isBoolean()) {
            return Mappers.yaml().getNodeFactory().booleanNode(!v.booleanValue());
        }
        if (v.isIntegralNumber()) {
            return Mappers.yaml().getNodeFactory().numberNode(v.longValue() + 1);
        }
        if (v.isNumber()) {
            return Mappers.yaml().getNodeFactory().numberNode(v.decimalValue().add(java.math.BigDecimal.ONE));
        }
        String t = v.asText();
        try {
            return TextNode.valueOf(LocalDate.parse(t).plusDays(1).toString());
        } catch (java.time.format.DateTimeParseException notADate) {
            // not a date
        }
        if (RULEBOOKS.contains(t)) {
            return TextNode.valueOf(RULEBOOKS.get((RULEBOOKS.indexOf(t) + 1) % RULEBOOKS.size()));
        }
        Class<? extends Enum<?>> e = key.equals("traceabilityProblem") ? vn.ocop.rules.TraceabilityProblem.class
                : key.equals("shelfProblem") ? vn.ocop.rules.ShelfProblem.class : ENUMS.get(key);
        if (e != null) {
            Enum<?>[] values = e.getEnumConstants();
            for (int i = 0; i < values.length; i++) {
                if (values[i].name().equals(t)) {
                    return TextNode.valueOf(values[(i + 1) % values.length].name());
                }
            }
        }
        if (t.matches("\\d+\\.\\d+")) {
            return TextNode.valueOf(new java.math.BigDecimal(t).add(java.math.BigDecimal.ONE).toPlainString());
        }
        return TextNode.valueOf(t + " (changed)");
    }

    @Test
    void should_refuse_a_misspelled_key_naming_file_line_and_the_right_key() {
        String text = "scenarios:\n  - name: x\n    references:\n      - 26/2026/QĐ-TTg, Điều 3.3\n    asOf: 2026-06-01\n"
                + "    given:\n      evaluations:\n        - kind: FIRST\n          level: PROVINCE\n"
                + "          filingDate: 2026-06-01\n          memberTotal: [60]\n    expect:\n      rating:\n"
                + "        stars: 3\n";
        Problem p = loader.load("typo.yaml", text).problems().get(0);
        assertThat(p.toString()).startsWith("typo.yaml:11: scenarios[0].given.evaluations[0].memberTotal: unknown key "
                + "'memberTotal' (did you mean 'memberTotals'?");
    }

    @Test
    void should_refuse_a_case_that_expects_nothing() {
        String text = "scenarios:\n  - name: x\n    references:\n      - 26/2026/QĐ-TTg, Điều 3.3\n    asOf: 2026-06-01\n"
                + "    given: {}\n    expect: {}\n";
        Problem p = loader.load("empty.yaml", text).problems().get(0);
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).contains("a case that expects nothing cannot fail");
    }

    @Test
    void should_refuse_an_impossible_date_and_an_unknown_expected_key() {
        String text = "scenarios:\n  - name: x\n    references:\n      - 26/2026/QĐ-TTg, Điều 3.3\n    asOf: 2026-02-30\n"
                + "    given: {}\n    expect:\n      rating:\n        star: 3\n";
        List<Problem> problems = loader.load("bad.yaml", text).problems();
        assertThat(problems).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("bad.yaml:5: scenarios[0].asOf: expected a date").contains("2026-02-30"));
    }

    @Test
    void should_refuse_a_case_without_a_legal_reference() {
        String text = "scenarios:\n  - name: x\n    asOf: 2026-06-01\n    given: {}\n    expect:\n      upgrade:\n"
                + "        eligible: false\n";
        Problem p = loader.load("noref.yaml", text).problems().get(0);
        assertThat(p.message()).contains("must cite at least one provision");
        assertThat(p.field()).isEqualTo("scenarios[0].references");
    }

    /** A case whose producer is a name where the producer's keys belong, as a slip of the keyboard leaves it. */
    static final String PRODUCER_AS_TEXT = "scenarios:\n  - name: x\n    references:\n      - 26/2026/QĐ-TTg, Điều 3.3\n"
            + "    asOf: 2026-06-01\n    given:\n      producer: HTX Ba Tơ\n      evaluations:\n        - kind: FIRST\n"
            + "          level: PROVINCE\n          filingDate: 2026-06-01\n          memberTotals: [60]\n"
            + "    expect:\n      rating:\n        stars: 3\n";

    @Test
    void should_refuse_a_producer_or_product_that_is_not_a_mapping_naming_file_line_and_field() {
        // found by fuzzing (ScenarioFuzzTest): a ClassCastException escaped from the defaults merge
        List<Problem> problems = loader.load("producer.yaml", PRODUCER_AS_TEXT).problems();
        assertThat(problems).extracting(Problem::toString).containsExactly("producer.yaml:7: "
                + "scenarios[0].given.producer: expected the producer's keys (a mapping of keys to values), but got the "
                + "text 'HTX Ba Tơ' (write its keys (id, name, type …) indented under 'producer:')");

        String productAsList = PRODUCER_AS_TEXT.replace("producer: HTX Ba Tơ", "product: [SCN-0001]");
        assertThat(loader.load("product.yaml", productAsList).problems()).extracting(Problem::toString)
                .containsExactly("product.yaml:7: scenarios[0].given.product: expected the product's keys (a mapping "
                        + "of keys to values), but got a list (write its keys (code, name, productSet …) indented under "
                        + "'product:')");
    }

    @Test
    void should_refuse_a_key_run_into_the_next_one_at_its_line() {
        // the fuzz regression input ScenarioFuzzTestInputs/load/unknown-key-run-into-the-next-key.yaml: a
        // mutated line "ruleborevokingAuthority      outcome: RATED" is one unknown key, refused at line 16
        String text = "scenarios:\n  - name: x\n    references:\n      - 148/QĐ-TTg, Phụ lục II, khoản 1\n"
                + "    asOf: 2023-11-20\n    given:\n      evaluations:\n        - kind: FIRST\n          level: DISTRICT\n"
                + "          filingDate: 2023-09-01\n          decisionDate: 2023-11-20\n          memberTotals: [61, 62, 63]\n"
                + "    expect:\n      rating:\n        stars: 3\n        ruleborevokingAuthority      outcome: RATED\n";
        Problem p = loader.load("mutated.yaml", text).problems().get(0);
        assertThat(p.line()).isEqualTo(16);
        assertThat(p.field()).isEqualTo("scenarios[0].expect.rating.ruleborevokingAuthority      outcome");
        assertThat(p.message()).isEqualTo("unknown key 'ruleborevokingAuthority      outcome'");
    }
}
