package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.core.Choice;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ScoreSheet;

/** Rule authors change files in a running host: good changes go into service, bad ones never do. */
class ReloadTest {
    static final Path BUILT_IN = Path.of("src/main/resources/vn/ocop");
    static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);

    @TempDir
    Path dir;

    static String builtIn(String relative) throws IOException {
        return Files.readString(BUILT_IN.resolve(relative), StandardCharsets.UTF_8);
    }

    void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    void changelog(String files, String periods) throws IOException {
        write("CHANGELOG.yaml", builtIn("CHANGELOG.yaml") + "  - date: 2026-11-22\n    decision: \"test\"\n"
                + "    periods: [" + periods + "]\n    files: [" + files + "]\n    summary: \"a rule author's edit\"\n");
    }

    static ProductRecord scored(double average) {
        return Fixtures.garlic().evaluation(Evaluation.builder("E-1", Fixtures.GARLIC.code())
                .level(EvaluationLevel.PROVINCE).decided(DECIDED).memberTotals(average).minimumsMet(3, 4, 5).build())
                .build();
    }

    static int stars(OcopRules rules, double average) {
        return rules.assess(scored(average), DECIDED).latestRating().orElseThrow().stars().orElse(0);
    }

    String moveFourStarsTo75() throws IOException {
        return builtIn("rulebooks/qd26-2026.yaml").replace("3: {from: 50, below: 70}", "3: {from: 50, below: 75}")
                .replace("4: {from: 70, below: 90}", "4: {from: 75, below: 90}");
    }

    @Test
    void should_put_a_changed_threshold_into_service_on_reload() throws IOException {
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build();
        assertThat(stars(rules, 72)).isEqualTo(4);
        write("rulebooks/qd26-2026.yaml", moveFourStarsTo75());
        changelog("rulebooks/qd26-2026.yaml", "QD26_2026");
        ReloadEvent e = rules.reload();
        assertThat(e.problems()).isEmpty();
        assertThat(e.succeeded()).isTrue();
        assertThat(e.after().generation()).isEqualTo(2);
        assertThat(e.after().checksums().get("rulebooks/qd26-2026.yaml"))
                .isNotEqualTo(e.before().checksums().get("rulebooks/qd26-2026.yaml"));
        assertThat(stars(rules, 72)).isEqualTo(3);
        assertThat(rules.assess(scored(72), DECIDED).ruleBase().generation()).isEqualTo(2);
    }

    @Test
    void should_keep_serving_the_previous_rules_when_a_file_is_broken_and_say_why() throws IOException {
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build();
        List<ReloadEvent> heard = new CopyOnWriteArrayList<>();
        rules.addReloadListener(heard::add);
        write("rulebooks/qd26-2026.yaml", builtIn("rulebooks/qd26-2026.yaml").replace("  termMonths: 36",
                "  termMonths: 36\n  termMonhts: 36"));
        ReloadEvent e = rules.reload();
        assertThat(e.succeeded()).isFalse();
        assertThat(e.firstProblem().orElseThrow().toString())
                .startsWith("rulebooks/qd26-2026.yaml:").contains("unknown key 'termMonhts'");
        assertThat(heard).containsExactly(e);
        assertThat(rules.info().generation()).isEqualTo(1);
        assertThat(stars(rules, 72)).isEqualTo(4);
    }

    @Test
    void should_refuse_external_drl_unless_the_host_allows_it() throws IOException {
        write("rules/rating.drl", builtIn("rules/rating.drl"));
        assertThatThrownBy(() -> OcopRules.builder().rulesDirectory(dir).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DRL is code");
        RuleValidation.Result r = RuleValidation.validate(Optional.of(dir), false);
        assertThat(r.problems()).extracting(InvalidInputException.Problem::toString)
                .anySatisfy(s -> assertThat(s).startsWith("rules/rating.drl: DRL is code"));
    }

    @Test
    void should_name_the_file_and_line_of_a_drl_syntax_error_and_keep_the_old_rules() throws IOException {
        changelog("rules/", "QD26_2026");
        write("rules/rating.drl", builtIn("rules/rating.drl"));
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).allowExternalDrl(true).build();
        assertThat(stars(rules, 72)).isEqualTo(4);
        String broken = builtIn("rules/rating.drl").replace("    $r.decideNotRated();\nend\n\nrule \"The commune",
                "    $r.decideNotRated(;\nend\n\nrule \"The commune");
        write("rules/rating.drl", broken);
        ReloadEvent e = rules.reload();
        assertThat(e.succeeded()).isFalse();
        InvalidInputException.Problem p = e.firstProblem().orElseThrow();
        assertThat(p.source()).isEqualTo("rules/rating.drl");
        assertThat(p.line()).isBetween(1, broken.split("\n").length);
        assertThat(stars(rules, 72)).isEqualTo(4);
        assertThat(RuleValidation.validate(Optional.of(dir), true).problems())
                .anySatisfy(q -> assertThat(q.source()).isEqualTo("rules/rating.drl"));
    }

    @Test
    void should_accept_a_new_option_in_a_criteria_sheet() throws IOException {
        String sheet = builtIn("criteria/qd26-2026/10-gia-vi-khac.yaml");
        // criterion 2.4 (bilingual label, 1 point) has no tick boxes; a rule author adds two
        int at = sheet.indexOf("id: \"2.4\"");
        int line = sheet.indexOf("line:", at);
        int eol = sheet.indexOf('\n', line);
        String withOptions = sheet.substring(0, eol + 1)
                + "      options:\n"
                + "      - id: a\n        vi: \"Không có nhãn song ngữ\"\n        en: \"No bilingual label\"\n"
                + "        points: 0\n        line: 7900\n"
                + "      - id: b\n        vi: \"Có nhãn song ngữ Việt - Anh\"\n        en: \"Vietnamese-English label\"\n"
                + "        points: 1\n        line: 7900\n" + sheet.substring(eol + 1);
        write("criteria/qd26-2026/10-gia-vi-khac.yaml", withOptions);
        changelog("criteria/qd26-2026/10-gia-vi-khac.yaml", "QD26_2026");
        assertThat(RuleValidation.validate(Optional.of(dir), false).problems()).isEmpty();
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build();
        Evaluation e = Evaluation.builder("E-1", Fixtures.GARLIC.code()).level(EvaluationLevel.PROVINCE)
                .decided(DECIDED).sheet(new ScoreSheet("m1", Map.of("2.4", Choice.option("b")))).build();
        RatingDecision r = rules.assess(Fixtures.garlic().evaluation(e).build(), DECIDED).latestRating().orElseThrow();
        assertThat(r.score().orElseThrow().members().get(0).total()).isEqualTo(1);
    }

    @Test
    void should_accept_a_new_regulation_period() throws IOException {
        write("rulebooks/qd26-2026.yaml", builtIn("rulebooks/qd26-2026.yaml")
                .replace("effectiveFrom: 2026-05-22          # Điều 11.1",
                        "effectiveFrom: 2026-05-22          # Điều 11.1\neffectiveUntil: 2030-12-31"));
        String next = builtIn("rulebooks/qd148-1489-2025.yaml").replace("id: QD148_1489_2025", "id: QD99_2031")
                .replace("effectiveFrom: 2025-07-06", "effectiveFrom: 2031-01-01").replace("signed: 2025-07-06",
                        "signed: 2030-12-01").replace("effectiveUntil: 2026-05-21\n", "")
                .replace("decision: \"148/QĐ-TTg + 1489/QĐ-TTg\"", "decision: \"99/2031/QĐ-TTg\"");
        write("rulebooks/qd99-2031.yaml", next);
        changelog("rulebooks/qd26-2026.yaml, rulebooks/qd99-2031.yaml", "QD26_2026, QD99_2031");
        assertThat(RuleValidation.validate(Optional.of(dir), false).problems()).isEmpty();
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build();
        LocalDate later = LocalDate.of(2031, 3, 1);
        ProductRecord r = Fixtures.garlic().evaluation(Evaluation.builder("E-1", Fixtures.GARLIC.code())
                .level(EvaluationLevel.PROVINCE).decided(later).memberTotals(72).build()).build();
        assertThat(rules.assess(r, later).latestRating().orElseThrow().rulebookId()).isEqualTo("QD99_2031");
    }

    @Test
    void should_ask_for_a_changelog_entry_for_every_changed_file() throws IOException {
        write("rulebooks/qd26-2026.yaml", moveFourStarsTo75());
        assertThat(RuleValidation.validate(Optional.of(dir), false).problems())
                .anySatisfy(p -> assertThat(p.toString()).startsWith("rulebooks/qd26-2026.yaml: changed, but no "
                        + "CHANGELOG.yaml entry names it"));
    }

    @Test
    void should_not_put_into_service_a_directory_that_validate_rejects() throws IOException {
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build();
        write("rulebooks/qd26-2026.yaml", moveFourStarsTo75()); // no changelog entry
        ReloadEvent e = rules.reload();
        assertThat(e.succeeded()).isFalse();
        assertThat(e.problems()).extracting(InvalidInputException.Problem::toString)
                .contains("rulebooks/qd26-2026.yaml: changed, but no CHANGELOG.yaml entry names it (add an entry: "
                        + "date, decision, periods, files: [rulebooks/qd26-2026.yaml], summary)");
        assertThat(stars(rules, 72)).isEqualTo(4);
    }

    @Test
    void should_name_a_rule_file_in_a_misspelled_folder_instead_of_ignoring_it() throws IOException {
        write("rulebook/qd26-2026.yaml", moveFourStarsTo75());
        write("NOTES.md", "notes are not rule files and are left alone");
        assertThatThrownBy(() -> OcopRules.builder().rulesDirectory(dir).build())
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.source()).isEqualTo(dir.resolve("rulebook/qd26-2026.yaml").toString());
                            assertThat(p.message()).contains("does not read 'rulebook/qd26-2026.yaml'");
                            assertThat(p.hint()).contains("rulebooks/<name>.yaml");
                        }));
        assertThat(RuleValidation.validate(Optional.of(dir), false).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("outside the folders of a rules directory"));
    }

    @Test
    void should_let_a_new_period_keep_the_criteria_sheets_of_the_one_before() throws IOException {
        write("rulebooks/qd26-2026.yaml", builtIn("rulebooks/qd26-2026.yaml")
                .replace("effectiveFrom: 2026-05-22          # Điều 11.1",
                        "effectiveFrom: 2026-05-22          # Điều 11.1\neffectiveUntil: 2030-12-31"));
        // the next period names the same criteria folder: no sheet is copied
        String next = builtIn("rulebooks/qd26-2026.yaml").replace("id: QD26_2026", "id: QD99_2031")
                .replace("effectiveFrom: 2026-05-22          # Điều 11.1", "effectiveFrom: 2031-01-01")
                .replace("decision: \"26/2026/QĐ-TTg\"", "decision: \"99/2031/QĐ-TTg\"");
        assertThat(next).contains("criteria: qd26-2026");
        write("rulebooks/qd99-2031.yaml", next);
        changelog("rulebooks/qd26-2026.yaml, rulebooks/qd99-2031.yaml", "QD26_2026, QD99_2031");
        RuleValidation.Result v = RuleValidation.validate(Optional.of(dir), false);
        assertThat(v.problems()).isEmpty();
        assertThat(v.sheets()).isEqualTo(52);
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build();
        LocalDate later = LocalDate.of(2031, 3, 1);
        Evaluation e = Evaluation.builder("E-1", Fixtures.GARLIC.code()).level(EvaluationLevel.PROVINCE)
                .decided(later).sheet(new ScoreSheet("m1", Map.of("2.4", Choice.points(1)))).build();
        RatingDecision r = rules.assess(Fixtures.garlic().evaluation(e).build(), later).latestRating().orElseThrow();
        assertThat(r.rulebookId()).isEqualTo("QD99_2031");
        assertThat(r.score().orElseThrow().members().get(0).total()).isEqualTo(1);
    }

    @Test
    void should_name_the_rule_whose_basis_names_a_variable_it_does_not_bind() throws IOException {
        changelog("rules/", "QD26_2026");
        String drl = builtIn("rules/upgrade.drl");
        int at = drl.indexOf("@basis(\"");
        int end = drl.indexOf("\")", at);
        write("rules/upgrade.drl", drl.substring(0, at) + "@basis(\"$nope\")" + drl.substring(end + 2));
        List<InvalidInputException.Problem> problems = RuleValidation.validate(Optional.of(dir), true).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("rules/upgrade.drl");
            assertThat(p.line()).isPositive();
            assertThat(drl.split("\n")[p.line() - 1]).startsWith("rule ");
            assertThat(p.message()).contains("@basis names $nope, which the rule does not bind");
        });
    }

    @Test
    void should_fingerprint_overrides_and_rule_sets_as_part_of_the_rules() {
        String plain = OcopRules.builder().build().info().fingerprint();
        com.fasterxml.jackson.databind.node.ObjectNode what = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        what.putObject("scoring").putObject("bands").putObject("4").put("from", 75);
        ((com.fasterxml.jackson.databind.node.ObjectNode) what.get("scoring").get("bands")).putObject("3")
                .put("below", 75);
        OcopRules overridden = OcopRules.builder().overrideRulebook("QD26_2026", what).build();
        assertThat(overridden.info().checksums()).containsKey("override:QD26_2026");
        assertThat(overridden.info().fingerprint()).isNotEqualTo(plain);
        assertThat(OcopRules.builder().overrideRulebook("QD26_2026", what).build().info().fingerprint())
                .isEqualTo(overridden.info().fingerprint());
        assertThat(OcopRules.builder().enableRuleSet(OcopRules.PRACTICE_148).build().info().fingerprint())
                .isNotEqualTo(plain);
    }

    /**
     * Threads assess while the main thread alternates good and broken files: every assessment
     * succeeds and is consistent with the one rule base that produced it.
     */
    @Test
    void should_give_each_assessment_the_answer_of_one_rule_set_during_reloads() throws Exception {
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build();
        String original = builtIn("rulebooks/qd26-2026.yaml");
        String moved = moveFourStarsTo75();
        String broken = original.replace("parts: {A: 40, B: 25, C: 35}", "parts: {A: 40, B: 25, C: 30}");
        changelog("rulebooks/qd26-2026.yaml", "QD26_2026");
        Map<String, Integer> starsByFingerprint = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<String> inconsistent = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    try {
                        Assessment a = rules.assess(scored(72), DECIDED);
                        int s = a.latestRating().orElseThrow().stars().orElse(0);
                        Integer first = starsByFingerprint.putIfAbsent(a.ruleBase().fingerprint(), s);
                        if (first != null && first != s) {
                            inconsistent.add(a.ruleBase().fingerprint() + " gave " + first + " and " + s);
                        }
                        n++;
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
                return n;
            }));
        }
        int good = 0;
        int bad = 0;
        for (int i = 0; i < 12; i++) {
            String text = i % 3 == 2 ? broken : i % 2 == 0 ? moved : original;
            write("rulebooks/qd26-2026.yaml", text);
            ReloadEvent e = rules.reload();
            if (text == broken) {
                assertThat(e.succeeded()).isFalse();
                bad++;
            } else {
                assertThat(e.succeeded()).as(e.problems().toString()).isTrue();
                good++;
            }
            Thread.sleep(20);
        }
        stop.set(true);
        int total = 0;
        for (Future<Integer> w : workers) {
            total += w.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(errors).isEmpty();
        assertThat(inconsistent).isEmpty();
        assertThat(total).isGreaterThan(100);
        assertThat(good).isEqualTo(8);
        assertThat(bad).isEqualTo(4);
        assertThat(starsByFingerprint.values()).contains(3, 4);
        assertThat(rules.info().generation()).isEqualTo(1 + good);
    }
}
