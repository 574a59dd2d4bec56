package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.rules.Fixtures.date;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Authority;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationLevel;

/** The "done when" cases of the foundation: the same score rated in three periods. */
class FoundationRatingTest {
    static OcopRules rules;

    @BeforeAll
    static void build() {
        rules = OcopRules.builder().build();
    }

    private static RatingDecision rate(EvaluationLevel level, LocalDate decided, double... totals) {
        Evaluation e = Evaluation.builder("E-1", Fixtures.GARLIC.code()).level(level).decided(decided)
                .memberTotals(totals).build();
        return rules.assess(Fixtures.garlic().evaluation(e).build(), decided).latestRating().orElseThrow();
    }

    @Test
    void should_certify_three_stars_by_the_district_under_148() {
        RatingDecision r = rate(EvaluationLevel.DISTRICT, date("2023-11-20"), 62);
        assertThat(r.rulebookId()).isEqualTo("QD148_2023");
        assertThat(r.stars()).contains(3);
        assertThat(r.certifiable()).isTrue();
        assertThat(r.certifyingAuthority()).contains(Authority.DISTRICT_PEOPLES_COMMITTEE);
        assertThat(r.reasons()).anySatisfy(reason -> assertThat(reason.cites("148/QĐ-TTg")).isTrue());
        r.reasons().forEach(System.out::println);
    }

    @Test
    void should_certify_three_stars_by_the_province_under_148_as_amended_by_1489() {
        RatingDecision r = rate(EvaluationLevel.PROVINCE, date("2025-09-15"), 62);
        assertThat(r.rulebookId()).isEqualTo("QD148_1489_2025");
        assertThat(r.stars()).contains(3);
        assertThat(r.certifyingAuthority()).contains(Authority.PROVINCIAL_PEOPLES_COMMITTEE);
        assertThat(r.reasons()).anySatisfy(reason -> assertThat(reason.cites("1489/QĐ-TTg")).isTrue());
        r.reasons().forEach(System.out::println);
    }

    @Test
    void should_rate_two_stars_and_not_certify_at_45_points() {
        RatingDecision r = rate(EvaluationLevel.PROVINCE, date("2025-09-15"), 45);
        assertThat(r.stars()).contains(2);
        assertThat(r.certifiable()).isFalse();
        assertThat(r.certifyingAuthority()).isEmpty();
        assertThat(r.reasons()).extracting(Reason::ruleId).contains("RAT-NOT-CERTIFIED");
        r.reasons().forEach(System.out::println);
    }

    @Test
    void should_name_the_product_and_evaluation_whose_date_no_period_covers() {
        Evaluation e = Evaluation.builder("E-2018", Fixtures.GARLIC.code()).level(EvaluationLevel.PROVINCE)
                .filed(date("2018-03-01")).decided(date("2018-05-15")).memberTotals(72).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.assess(Fixtures.garlic().evaluation(e).build(),
                date("2026-11-22"))).isInstanceOf(vn.ocop.core.rulebook.NoRulebookException.class)
                .hasMessageStartingWith("product 51-22001-001-2026: evaluations[E-2018]: "
                        + "no rulebook covers 2018-05-15");
        // the as-of date is the caller's: it is not attributed to a fact of the product
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.assess(Fixtures.garlic().build(),
                date("2018-01-01"))).hasMessageStartingWith("no rulebook covers 2018-01-01");
    }
}
