package vn.ocop.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * The mistakes policy staff make in scenario files are reported before anything runs, at the
 * line to edit, instead of producing a wrong pass or a confusing failure.
 */
class ScenarioInputTest {
    /** A case whose evaluation line and expectations the tests replace. */
    static String scenario(String totals, String expect) {
        return """
                scenarios:
                  - name: five council members
                    references:
                      - 26/2026/QĐ-TTg, Điều 3.3
                    asOf: 2026-11-25
                    given:
                      evaluations:
                        - kind: FIRST
                          level: PROVINCE
                          filingDate: 2026-07-01
                          decisionDate: 2026-11-20
                          memberTotals: %s
                    expect:
                      rating:
                %s
                """.formatted(totals, expect);
    }

    final ScenarioLoader loader = new ScenarioLoader();

    @TempDir
    Path dir;

    @Test
    void should_refuse_totals_written_with_decimal_commas() {
        // "71,5" inside a one-line list is two items, 71 and 5: the average would silently be wrong
        ScenarioLoader.Result r = loader.load("c.yaml", scenario("[74, 71,5, 73, 70, 73,5]", "        stars: 4"));
        assertThat(r.scenarios()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).startsWith("'71,5' looks like a number with a decimal comma");
            assertThat(p.hint()).contains("71.5");
        });
    }

    @Test
    void should_accept_a_list_written_without_spaces() {
        ScenarioLoader.Result r = loader.load("c.yaml", scenario("[74,71.5,73,70,73.5]", "        stars: 4"));
        assertThat(r.problems()).isEmpty();
        assertThat(new ScenarioRunner().run(r.scenarios().get(0)).passed()).isTrue();
    }

    @Test
    void should_refuse_citations_written_on_one_line() {
        ScenarioLoader.Result r = loader.load("c.yaml", scenario("[74, 71.5, 73]",
                "        stars: 4\n        cites: [26/2026/QĐ-TTg, Điều 3.3]"));
        assertThat(r.scenarios()).isEmpty();
        assertThat(r.problems()).extracting(Problem::field).containsExactly("scenarios[0].expect.rating.cites[0]",
                "scenarios[0].expect.rating.cites[1]");
        assertThat(r.problems().get(0).message()).contains("commas separate the items");
    }

    @Test
    void should_refuse_an_unquoted_criterion_id_that_yaml_reads_as_a_number() {
        ScenarioLoader.Result r = loader.load("c.yaml", scenario("[74, 71.5, 73]",
                "        stars: 4\n        gap: {topCriteria: [6.30]}"));
        assertThat(r.scenarios()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("scenarios[0].expect.rating.gap.topCriteria[0]");
            assertThat(p.message()).isEqualTo("expected a text, but got the number 6.3");
            assertThat(p.hint()).contains("quotes");
        });
    }

    @Test
    void should_report_overrides_that_break_the_rulebook_at_their_line_and_run_nothing() throws IOException {
        String text = scenario("[74, 71.5, 73]", "        stars: 4").replace("    asOf: 2026-11-25\n",
                "    asOf: 2026-11-25\n    overrides:\n      QD26_2026: {scoring: {bands: {4: {from: 75}}}}\n");
        Files.writeString(dir.resolve("c.yaml"), text, StandardCharsets.UTF_8);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = ScenarioCommand.run(dir, new ScenarioRunner(), new ScenarioCommand.Options(false, "en", false),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(out).startsWith("c.yaml:6: scenarios[0].overrides: with these overrides, rulebooks/qd26-2026.yaml:")
                .contains("scoring.bands.4.from: must be 70")
                .endsWith("1 problem in the rules or the cases' overrides; nothing was run\n");
    }

    @Test
    void should_list_passing_cases_with_their_reasons_when_verbose_and_speak_vietnamese_when_asked()
            throws IOException {
        Files.writeString(dir.resolve("c.yaml"), scenario("[74, 71.5, 73]", "        stars: 4"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d.yaml"), scenario("[74, 71.5, 73]", "        stars: 3")
                .replace("five council members", "wrong on purpose"), StandardCharsets.UTF_8);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = ScenarioCommand.run(dir, new ScenarioRunner(), new ScenarioCommand.Options(false, "vi", false, true),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(code).isEqualTo(1);
        assertThat(lines.get(0)).isEqualTo("PASS c.yaml:2 five council members");
        assertThat(lines.get(1)).isEqualTo("  lý do thư viện đưa ra:");
        assertThat(lines.get(2)).startsWith("    RAT-BAND-ONLY [26/2026/QĐ-TTg, Điều 3.3] Điểm trung bình");
        assertThat(lines).contains("FAIL d.yaml:2 wrong on purpose: rating.stars: kỳ vọng 3, nhưng thư viện cho 4");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("1 passed, 1 failed");
    }
}
