package vn.ocop.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ocop.core.rulebook.RulebookFiles.lineOf;
import static vn.ocop.core.rulebook.RulebookFiles.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Authority;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.io.Mappers;
import vn.ocop.core.scoring.Average;

class RulebookLoaderTest {
    final RulebookLoader loader = new RulebookLoader();
    final String qd26 = read("rulebooks/qd26-2026.yaml");

    Problem first(String source, String text) {
        return catchThrowableOfType(RulebookException.class, () -> loader.load(source, text)).problems().get(0);
    }

    @Test
    void should_load_the_rulebook_in_force() {
        Rulebook rb = loader.load("qd26-2026.yaml", qd26).rulebook();
        assertThat(rb.id()).isEqualTo("QD26_2026");
        assertThat(rb.effectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(rb.effectiveUntil()).isEmpty();
        assertThat(rb.scoring().parts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(rb.certification().byStars().get(5).authority()).isEqualTo(Authority.MINISTER_OF_AGRICULTURE);
        assertThat(rb.reEvaluation().filingWindow().orElseThrow().earliestDaysBeforeExpiry()).isEqualTo(180);
        assertThat(rb.assumption("month-end")).isPresent();
    }

    @Test
    void should_map_averages_to_half_open_bands() {
        Rulebook rb = loader.load("qd26-2026.yaml", qd26).rulebook();
        assertThat(rb.starsFor(Average.of(29.99))).isEqualTo(1);
        assertThat(rb.starsFor(Average.of(30))).isEqualTo(2);
        assertThat(rb.starsFor(Average.of(69.99))).isEqualTo(3);
        assertThat(rb.starsFor(Average.of(70))).isEqualTo(4);
        assertThat(rb.starsFor(Average.of(89.99))).isEqualTo(4);
        assertThat(rb.starsFor(Average.of(90))).isEqualTo(5);
        assertThat(rb.starsFor(Average.of(100))).isEqualTo(5);
    }

    @Test
    void should_load_all_four_periods_without_gap_or_overlap() {
        Rulebooks all = loader.loadAll(RulebookFiles.allRulebooks());
        assertThat(all.all()).extracting(LoadedRulebook::id)
                .containsExactly("QD1048_2019", "QD148_2023", "QD148_1489_2025", "QD26_2026");
        assertThat(all.forDate(LocalDate.of(2023, 2, 23)).id()).isEqualTo("QD1048_2019");
        assertThat(all.forDate(LocalDate.of(2023, 2, 24)).id()).isEqualTo("QD148_2023");
        assertThat(all.forDate(LocalDate.of(2025, 7, 5)).id()).isEqualTo("QD148_2023");
        assertThat(all.forDate(LocalDate.of(2025, 7, 6)).id()).isEqualTo("QD148_1489_2025");
        assertThat(all.forDate(LocalDate.of(2026, 5, 21)).id()).isEqualTo("QD148_1489_2025");
        assertThat(all.forDate(LocalDate.of(2026, 5, 22)).id()).isEqualTo("QD26_2026");
    }

    @Test
    void should_refuse_a_date_before_the_first_period_with_a_clear_message() {
        Rulebooks all = loader.loadAll(RulebookFiles.allRulebooks());
        assertThatThrownBy(() -> all.forDate(LocalDate.of(2019, 8, 20)))
                .isInstanceOf(NoRulebookException.class)
                .hasMessage("no rulebook covers 2019-08-20: the earliest, QD1048_2019 (1048/QĐ-TTg + 781/QĐ-TTg), "
                        + "takes effect on 2019-08-21");
    }

    @Test
    void should_name_the_file_line_and_key_of_an_unknown_key() {
        String bad = qd26.replace("  termMonths: 36", "  termMonth: 36");
        Problem p = first("qd26-2026.yaml", bad);
        assertThat(p.source()).isEqualTo("qd26-2026.yaml");
        assertThat(p.line()).isEqualTo(lineOf(bad, "termMonth: 36"));
        assertThat(p.field()).isEqualTo("certificate.termMonth");
        assertThat(p.hint()).contains("did you mean 'termMonths'?");
    }

    @Test
    void should_refuse_a_wrong_type_with_its_line() {
        String bad = qd26.replace("  termMonths: 36", "  termMonths: thirty-six");
        Problem p = first("qd26-2026.yaml", bad);
        assertThat(p.line()).isEqualTo(lineOf(bad, "thirty-six"));
        assertThat(p.message()).startsWith("expected a whole number");
    }

    @Test
    void should_refuse_bands_with_a_gap() {
        String bad = qd26.replace("4: {from: 70, below: 90}", "4: {from: 72, below: 90}");
        Problem p = first("qd26-2026.yaml", bad);
        assertThat(p.field()).isEqualTo("scoring.bands.4.from");
        assertThat(p.message()).contains("must be 70").contains("but was 72");
        assertThat(p.line()).isEqualTo(lineOf(bad, "4: {from: 72"));
    }

    @Test
    void should_refuse_parts_that_do_not_add_up() {
        String bad = qd26.replace("parts: {A: 40, B: 25, C: 35}", "parts: {A: 40, B: 25, C: 30}");
        Problem p = first("qd26-2026.yaml", bad);
        assertThat(p.message()).contains("add up to 95, but total is 100");
    }

    @Test
    void should_refuse_a_gap_between_periods() {
        Map<String, String> files = new LinkedHashMap<>(RulebookFiles.allRulebooks());
        files.put("rulebooks/qd148-2023.yaml", files.get("rulebooks/qd148-2023.yaml")
                .replace("effectiveUntil: 2025-07-05", "effectiveUntil: 2025-07-03"));
        RulebookException e = catchThrowableOfType(RulebookException.class, () -> loader.loadAll(files));
        assertThat(e.problems().get(0).toString()).contains("gap: QD148_2023 ends on 2025-07-03 but QD148_1489_2025")
                .contains("expected effectiveUntil: 2025-07-05");
    }

    @Test
    void should_refuse_an_overlap_between_periods() {
        Map<String, String> files = new LinkedHashMap<>(RulebookFiles.allRulebooks());
        files.put("rulebooks/qd148-1489-2025.yaml", files.get("rulebooks/qd148-1489-2025.yaml")
                .replace("effectiveUntil: 2026-05-21", "effectiveUntil: 2026-07-21"));
        RulebookException e = catchThrowableOfType(RulebookException.class, () -> loader.loadAll(files));
        assertThat(e.problems().get(0).message()).startsWith("overlap: QD148_1489_2025 ends on 2026-07-21");
        assertThat(e.problems().get(0).line()).isEqualTo(lineOf(files.get("rulebooks/qd148-1489-2025.yaml"),
                "effectiveUntil: 2026-07-21"));
    }

    @Test
    void should_override_a_value_and_check_the_result() throws Exception {
        JsonNode what = Mappers.yaml().readTree("scoring: {bands: {3: {below: 75}, 4: {from: 75}}}");
        Rulebook rb = loader.load("qd26-2026.yaml", qd26, what).rulebook();
        assertThat(rb.bandFrom(4)).isEqualByComparingTo(BigDecimal.valueOf(75));
        assertThat(rb.starsFor(Average.of(72))).isEqualTo(3);
        JsonNode broken = Mappers.yaml().readTree("scoring: {bands: {4: {from: 75}}}");
        assertThatThrownBy(() -> loader.load("qd26-2026.yaml", qd26, broken))
                .hasMessageContaining("scoring.bands.4.from: must be 70");
    }

    @Test
    void should_refuse_a_rulebook_file_that_is_just_null() {
        // found by fuzzing (RulebookFuzzTest): an IllegalArgumentException escaped from LoadedRulebook
        assertThat(first("qd99.yaml", "null\n").toString())
                .isEqualTo("qd99.yaml:1: expected a Rulebook (a mapping of keys to values), but the document is null");
    }
}
