package vn.ocop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a provincial office, a rule author and policy staff use it. */
class OcopCliTest {
    static final String QN2024 = "data/quang-ngai-2024.json";
    static final String QN2025 = "data/quang-ngai-2025.json";
    static final Path SCENARIOS = Path.of("../ocop-rules/src/test/resources/scenarios");
    static final Path BUILT_IN = Path.of("../ocop-rules/src/main/resources/vn/ocop");

    @TempDir
    Path tmp;

    @Test
    void should_print_the_seed_figures_of_quang_ngai_2024() {
        Cli r = Cli.run("report", "--as-of", "2024-10-31", QN2024);
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Products in term (sản phẩm còn hiệu lực): 204")
                .contains("3★ 187, 4★ 17")
                .contains("Producers with products in term (chủ thể có sản phẩm OCOP): 128")
                .contains("Enterprises: 21 producers, 22 products")
                .contains("Cooperatives and cooperative groups: 33 producers, 50 products")
                .contains("Household businesses and farms: 74 producers, 132 products")
                .contains("On e-commerce (trên sàn thương mại điện tử): 130 of 204")
                .contains("By locality (theo địa bàn): 13 localities")
                .contains("Expiring in the next 90 days")
                .contains("Upgrade candidates")
                .contains("Plan (kế hoạch): Kế hoạch 69/KH-UBND");
    }

    @Test
    void should_propose_revocations_with_grounds_and_deadlines_under_26_2026() {
        Cli r = Cli.run("report", "--as-of", "2026-11-22", QN2025);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("MARK_MISUSE [26/2026/QĐ-TTg, Điều 8.1.d]").contains("deadline 2026-10-20");
    }

    @Test
    void should_write_json_csv_and_html_reports() throws IOException {
        Path json = tmp.resolve("r.json");
        assertThat(Cli.run("report", "--as-of", "2024-10-31", "--format", "json", "--output", json.toString(), QN2024)
                .exit()).isZero();
        assertThat(Files.readString(json)).contains("\"productsInTerm\" : 204");
        Cli csv = Cli.run("report", "--as-of", "2024-10-31", "--format", "csv", QN2024);
        assertThat(csv.out()).startsWith("section,key,metric,value\n").contains("total,products,inTerm,204");
        Path html = tmp.resolve("r.html");
        assertThat(Cli.run("report", "--as-of", "2024-10-31", "--format", "html", "--output", html.toString(), QN2024)
                .exit()).isZero();
        assertThat(Files.readString(html)).contains("<svg id=\"chart-locality\"").contains("<svg id=\"chart-expiries\"");
    }

    @Test
    void should_assess_and_explain_a_product_with_citations() {
        Cli assess = Cli.run("assess", "--as-of", "2024-10-31", QN2024);
        assertThat(assess.exit()).isZero();
        assertThat(assess.lastLine()).startsWith("237 products assessed as of 2024-10-31");
        Cli json = Cli.run("assess", "--as-of", "2024-10-31", "--format", "json", QN2024);
        assertThat(json.out()).contains("\"assessments\"").contains("\"citations\"");
        String code = "51-536-007-2022";
        Cli explain = Cli.run("explain", "--as-of", "2024-10-31", QN2024, code);
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).contains("Tỏi Lý Sơn").contains("[148/QĐ-TTg").contains("Upgrade: may apply for 5★");
    }

    @Test
    void should_name_a_similar_product_code_when_asked_for_an_unknown_one() {
        Cli r = Cli.run("explain", "--as-of", "2024-10-31", QN2024, "51-536-007-2021");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no product with code '51-536-007-2021'").contains("did you mean");
    }

    @Test
    void should_exit_2_on_a_bad_portfolio_naming_file_line_and_field() throws IOException {
        String text = Files.readString(Path.of(QN2024), StandardCharsets.UTF_8).replaceFirst("\"decisionDate\" : \"2021-",
                "\"decisionDat\" : \"2021-");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, text, StandardCharsets.UTF_8);
        Cli r = Cli.run("assess", "--as-of", "2024-10-31", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsPattern("bad\\.json:\\d+: [a-z]+\\[\\d+\\]\\.decisionDat: unknown key 'decisionDat'")
                .contains("did you mean 'decisionDate'?").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void should_exit_2_on_a_missing_file_and_on_bad_options_without_a_stack_trace() {
        Cli missing = Cli.run("report", "--as-of", "2024-10-31", "nowhere.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.json: cannot read the file");
        Cli date = Cli.run("report", "--as-of", "2024-02-30", QN2024);
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("--as-of").doesNotContain("\tat ");
        Cli unknown = Cli.run("repport");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("report");
    }

    @Test
    void should_validate_the_built_in_rules() {
        Cli r = Cli.run("validate");
        assertThat(r.exit()).isZero();
        assertThat(r.lastLine()).startsWith("OK: built-in: 4 rulebooks, 26 criteria sheets, 10 DRL files");
    }

    @Test
    void should_exit_2_naming_file_and_line_of_a_corrupted_point_value() throws IOException {
        Path dir = tmp.resolve("rules");
        Path sheet = dir.resolve("criteria/qd26-2026/10-gia-vi-khac.yaml");
        Files.createDirectories(sheet.getParent());
        String text = Files.readString(BUILT_IN.resolve("criteria/qd26-2026/10-gia-vi-khac.yaml"));
        // criterion 1.7 is worth 1 point; its option b is corrupted to 7
        String bad = text.replaceFirst("(?s)(id: \"1\\.7\".*?id: b.*?points: )1", "$17");
        Files.writeString(sheet, bad);
        int line = lineOf(bad, "points: 7");
        Cli r = Cli.run("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("criteria/qd26-2026/10-gia-vi-khac.yaml:" + line + ":")
                .contains("option 1.7.b gives 7 points, more than the criterion's maximum 1");
    }

    @Test
    void should_exit_2_naming_file_and_line_of_a_drl_syntax_error() throws IOException {
        Path dir = tmp.resolve("rules");
        Path drl = dir.resolve("rules/rating.drl");
        Files.createDirectories(drl.getParent());
        String text = Files.readString(BUILT_IN.resolve("rules/rating.drl"));
        String bad = text.replace("    $r.decideNotRated();\nend\n\nrule \"The commune",
                "    $r.decideNotRated(;\nend\n\nrule \"The commune");
        Files.writeString(drl, bad);
        Cli refused = Cli.run("validate", dir.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("rules/rating.drl: DRL is code and is refused unless allowed");
        Cli r = Cli.run("validate", "--allow-drl", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).containsPattern("rules/rating\\.drl:\\d+: ");
    }

    @Test
    void should_run_the_library_scenarios_and_end_with_the_summary_line() {
        Cli r = Cli.run("test", SCENARIOS.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.lastLine()).matches("\\d+ passed, 0 failed");
        assertThat(Integer.parseInt(r.lastLine().split(" ")[0])).isGreaterThanOrEqualTo(80);
    }

    @Test
    void should_exit_1_with_a_readable_message_when_an_expected_value_is_changed() throws IOException {
        Path dir = tmp.resolve("sc");
        Files.createDirectories(dir);
        String text = Files.readString(SCENARIOS.resolve("revocation/qd26-2026/mark-misuse.yaml"))
                .replaceFirst("deadline: 2026-10-20", "deadline: 2026-10-21");
        Files.writeString(dir.resolve("mark-misuse.yaml"), text);
        Cli r = Cli.run("test", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL mark-misuse.yaml:")
                .contains("revocation.deadline: expected 2026-10-21, but the library gave 2026-10-20")
                .contains("REV-D [26/2026/QĐ-TTg, Điều 8.1.d]");
        assertThat(r.lastLine()).matches("\\d+ passed, 1 failed");
    }

    @Test
    void should_exit_2_naming_file_and_line_of_a_misspelled_key() throws IOException {
        Path dir = tmp.resolve("sc");
        Files.createDirectories(dir);
        String text = Files.readString(SCENARIOS.resolve("revocation/qd26-2026/mark-misuse.yaml"))
                .replaceFirst("    asOf: 2026-10-10", "    asof: 2026-10-10");
        Files.writeString(dir.resolve("typo.yaml"), text);
        Cli r = Cli.run("test", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("typo.yaml:" + lineOf(text, "asof:") + ": scenarios[0].asof: unknown key 'asof'")
                .contains("did you mean 'asOf'?");
    }

    @Test
    void should_compare_a_portfolio_under_a_what_if() throws IOException {
        Path whatIf = tmp.resolve("what-if.yaml");
        Files.writeString(whatIf, "scoring: {bands: {3: {below: 75}, 4: {from: 75}}}\n");
        Cli r = Cli.run("compare", "--as-of", "2024-10-31", "--with-override", "QD148_2023=" + whatIf, QN2024);
        assertThat(r.exit()).isZero();
        assertThat(r.lastLine()).matches("\\d+ of 237 products change as of 2024-10-31");
        assertThat(Integer.parseInt(r.lastLine().split(" ")[0])).isPositive();
    }

    @Test
    void should_compare_the_2026_round_aspect_by_aspect() throws IOException {
        Path whatIf = tmp.resolve("what-if.yaml");
        Files.writeString(whatIf, "scoring: {bands: {3: {below: 75}, 4: {from: 75}}}\n");
        Cli r = Cli.run("compare", "--as-of", "2026-11-22", "--with-override", "QD26_2026=" + whatIf,
                "data/round-2026.json");
        assertThat(r.exit()).as(r.err()).isZero();
        // the 4★ products with an average from 70 to under 75 drop to 3★; nothing else changes
        assertThat(r.out()).contains("51-21022-101-2026  Tỏi đen Lý Sơn").containsPattern(
                "rating +4★ certifiable +3★ certifiable");
        assertThat(r.out()).doesNotContain("…");
        assertThat(r.lastLine()).isEqualTo("7 of 16 products change as of 2026-11-22");
    }

    @Test
    void should_print_the_assumptions_a_reason_relies_on() {
        Cli r = Cli.run("explain", "--as-of", "2024-10-31", QN2024, "51-536-007-2022");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Assumptions (where the law is silent or unconfirmed):")
                .contains("  month-end (");
    }

    @Test
    void should_refuse_a_rules_directory_with_a_rule_file_in_a_misspelled_folder() throws IOException {
        Path dir = tmp.resolve("rules");
        Files.createDirectories(dir.resolve("rulebook"));
        Files.writeString(dir.resolve("rulebook/qd26-2026.yaml"), Files.readString(BUILT_IN.resolve(
                "rulebooks/qd26-2026.yaml")));
        Cli v = Cli.run("validate", dir.toString());
        assertThat(v.exit()).isEqualTo(2);
        assertThat(v.out()).contains("does not read 'rulebook/qd26-2026.yaml'").contains("is a folder name misspelled?");
        Cli a = Cli.run("assess", "--as-of", "2024-10-31", "--rules-dir", dir.toString(), QN2024);
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err()).contains("does not read 'rulebook/qd26-2026.yaml'");
    }

    @Test
    void should_list_passing_cases_in_vietnamese_when_asked() {
        Cli r = Cli.run("test", "--verbose", "--lang", "vi",
                SCENARIOS.resolve("revocation/qd26-2026/mark-misuse.yaml").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("PASS ").contains("  lý do thư viện đưa ra:");
        assertThat(r.lastLine()).matches("\\d+ passed, 0 failed");
    }

    @Test
    void should_write_byte_identical_json_for_the_same_inputs() {
        // different thread counts and batch orders, one JVM after another run: the same bytes
        Cli a = Cli.run("assess", "--as-of", "2026-11-22", "--format", "json", "--threads", "1", QN2025);
        Cli b = Cli.run("assess", "--as-of", "2026-11-22", "--format", "json", "--threads", "4", QN2025);
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(a.out()).hasSizeGreaterThan(100_000).isEqualTo(b.out());
        Cli r1 = Cli.run("report", "--as-of", "2026-11-22", "--format", "json", QN2025);
        Cli r2 = Cli.run("report", "--as-of", "2026-11-22", "--format", "json", "--threads", "3", QN2025);
        assertThat(r1.out()).isNotEmpty().isEqualTo(r2.out());
    }

    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    @Test
    void should_end_the_bench_with_the_three_result_lines() {
        // a short in-process run, to check the harness and its output (the published figures use the defaults)
        Cli r = Cli.run("bench", "--products", "300", "--warm-up", "0", "--iterations", "1", "--in-process");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("decisions agree: yes"));
        List<String> last = lines.subList(lines.size() - 3, lines.size());
        assertThat(last.get(0)).matches("drools products/s: [0-9]+");
        assertThat(last.get(1)).matches("baseline products/s: [0-9]+");
        assertThat(last.get(2)).matches("ratio: [0-9]+\\.[0-9]");
        double drools = Double.parseDouble(last.get(0).substring(last.get(0).indexOf(':') + 1));
        double baseline = Double.parseDouble(last.get(1).substring(last.get(1).indexOf(':') + 1));
        double ratio = Double.parseDouble(last.get(2).substring(last.get(2).indexOf(':') + 1));
        assertThat(ratio).isCloseTo(baseline / drools, org.assertj.core.data.Offset.offset(0.051));
    }

    @Test
    void should_refuse_a_bench_heap_that_is_not_a_size() {
        Cli r = Cli.run("bench", "--products", "10", "--heap", "lots");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--heap must be a size such as 512m or 1g, but was 'lots'");
    }
}
