package vn.ocop.rules.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.TOI_LY_SON;
import static vn.ocop.rules.sheets.RatingAssertions.assertAverage;
import static vn.ocop.rules.sheets.RatingAssertions.assertCertifiedByTheProvince;
import static vn.ocop.rules.sheets.RatingAssertions.assertPartAverages;
import static vn.ocop.rules.sheets.RatingAssertions.refs;
import static vn.ocop.rules.sheets.RatingAssertions.ruleIds;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.core.ProductSet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.scoring.Average;
import vn.ocop.core.scoring.Gap;
import vn.ocop.core.scoring.MissingMinimum;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.Reason;

/**
 * Tỏi cô đơn Lý Sơn on sheet 10 (I.4.b, "Gia vị khác (muối, hành, tỏi, tiêu,...)"), in detail. The
 * council's table is {@link AllSheetsRatingTest#TOI_LY_SON}: three members, totals 65 + 67 + 64 = 196,
 * average 196/3 = 65.33… → 3★ band [50, 70); every *** minimum met (1.1.a, 2.2.c, 2.3.a, 3.5.a, 4.1.b,
 * 5.3.b, 8.a, 9.a) → 3★, certified by the provincial People's Committee.
 *
 * <p>Criterion averages (by hand, from the table): 1.1 3, 1.2 1, 1.3 1, 1.4 2, 1.5 1, 1.6 1, 1.7 0,
 * 2.1 3, 2.2 2, 2.3 2, 2.4 0, 3.1 3, 3.2 0, 3.3 3, 3.4 1, 3.5 2, 4.1 3, 4.2 4/3, 4.3 3, 5.1 3,
 * 5.2 4/3, 5.3 5, 6.1 2, 6.2 3, 6.3 7/3, 6.4 3, 6.5 4, 7 13/3, 8 2, 9 1, 10 1, 11 1.
 */
class LySonGarlicTest {
    static OcopRules rules;
    static CriteriaSheet sheet10;

    @BeforeAll
    static void buildRules() {
        rules = OcopRules.builder().build();
        sheet10 = rules.criteriaSheet(ProductSet.OTHER_SPICES, TOI_LY_SON.decided()).orElseThrow();
    }

    @Test
    void should_score_ly_son_garlic_option_by_option_on_sheet_10() {
        // GIVEN the three members' sheets of TOI_LY_SON
        // WHEN the council's evaluation is rated
        RatingDecision r = TOI_LY_SON.rate(rules);
        // THEN every option is worth what sheet 10 prints, and the parts add up as by hand
        assertThat(sheet10.number()).isEqualTo(10);
        assertThat(sheet10.source().document()).isEqualTo("26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm 10");
        TOI_LY_SON.assertScoredAsWritten(r, sheet10);
        assertThat(r.sheetBased()).isTrue();
        assertThat(r.rulebookId()).isEqualTo("QD26_2026");
        assertAverage(r, "196/3 ≈ 65.33", 65, 67, 64);
        assertPartAverages(r, "25", "50/3 ≈ 16.67", "71/3 ≈ 23.67");
        assertThat(r.score().orElseThrow().criterionAverages())
                .containsEntry("7", Average.of(List.of(bd(5), bd(5), bd(3))))
                .containsEntry("6.3", Average.of(List.of(bd(2), bd(3), bd(2))))
                .containsEntry("9", Average.of(bd(1)));
    }

    @Test
    void should_rate_ly_son_garlic_three_stars_with_reasons_citing_article_3_and_the_appendix_sheets() {
        // GIVEN the three members' sheets of TOI_LY_SON
        // WHEN
        RatingDecision r = TOI_LY_SON.rate(rules);
        // THEN 3★ band, every *** minimum met, certified by the province
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(r.missingMinimums()).isEmpty();
        assertThat(ruleIds(r)).containsExactly("RAT-BAND", "RAT-CERTIFY", "RAT-GAP");
        Reason band = r.reasons().get(0);
        assertThat(band.cites("26/2026/QĐ-TTg, Điều 3.3")).isTrue();
        assertThat(band.cites("Phụ lục II")).isTrue();
        assertThat(band.assumptions()).contains("average-exact");
        assertThat(band.message().en()).contains("196/3 ≈ 65.33").contains("3★");
        assertThat(band.message().vi()).contains("196/3 ≈ 65.33").contains("hạng 3 sao");
        Reason certify = r.reasons().get(1);
        assertThat(certify.cites("Điều 4.1.a")).isTrue();
        assertThat(certify.cites("Điều 7.3.e")).isTrue();
        assertThat(certify.message().vi()).contains("Chủ tịch UBND cấp tỉnh");
        assertThat(r.reasons().get(2).cites("Phụ lục II")).isTrue();
    }

    @Test
    void should_rate_ly_son_garlic_three_stars_and_name_the_missing_four_star_minimums() {
        // GIVEN the three members' sheets of TOI_LY_SON
        // WHEN
        RatingDecision r = TOI_LY_SON.rate(rules);
        // THEN the gap to 4★: 70 − 196/3 = 14/3 = 4.666… → 4.67 points, and five **** options of sheet 10
        // that no member (or not enough members on average) ticked:
        //   1.5.c  linkage contracts for over 75% of output (needs 2; average 1: every member ticked b)
        //   2.3.c  label with story and electronic traceability code (needs 3; average 2)
        //   3.4.b  cooperative rated good, or two years of profit growth (needs 2; average 1)
        //   5.1.e  story included in the electronic traceability content (needs 5; average 3)
        //   9.b    ISO/HACCP-certified processing and packing (needs 3; average 1)
        // The **** options 1.6.a, 2.1.d, 4.1.c, 6.1.c, 6.3.c, 6.4.c, 6.5.c and 7.c are met (6.3: 7/3 ≥ 2).
        Gap gap = r.gapToNextStar().orElseThrow();
        assertThat(gap.targetStars()).isEqualTo(4);
        assertThat(gap.pointsNeeded()).isEqualByComparingTo("4.67");
        assertThat(gap.reached()).isFalse();
        assertThat(refs(gap.missingMinimums())).containsExactly("1.5.c", "2.3.c", "3.4.b", "5.1.e", "9.b");
        assertThat(gap.missingMinimums()).extracting(MissingMinimum::minimumFor).containsOnly(4);
        assertThat(gap.missingMinimums()).extracting(MissingMinimum::requiredPoints).containsExactly(2, 3, 2, 5, 3);
        assertThat(gap.missingMinimums()).extracting(m -> m.achieved().toString())
                .containsExactly("1", "2", "1", "3", "1");
        assertThat(gap.missingMinimums().get(0).reference()).isEqualTo("1.5.c (****)");
        // AND the criteria with the most points left (maximum − average): 9 (5 − 1 = 4), 8 (5 − 2 = 3), then
        // the first of the criteria with 2 left in sheet order, 1.3 (3 − 1; also 1.5, 1.6, 4.1, 5.1 …)
        assertThat(gap.opportunities()).extracting(Gap.Opportunity::criterionId).containsExactly("9", "8", "1.3");
        assertThat(gap.opportunities()).extracting(o -> o.available().toPlainString())
                .containsExactly("4.00", "3.00", "2.00");
        assertThat(gap.opportunities().get(0).maximum()).isEqualTo(5);
        assertThat(gap.opportunities().get(0).achieved()).isEqualTo(Average.of(bd(1)));
        // AND the gap is explained
        Reason why = r.reasons().get(2);
        assertThat(why.ruleId()).isEqualTo("RAT-GAP");
        assertThat(why.message().en()).contains("To reach 4★").contains("4.67").contains("1.5.c (****)")
                .contains("9.b (****)");
    }

    @Test
    void should_rate_ly_son_garlic_four_stars_once_the_cooperative_closes_the_gap() {
        // GIVEN a year later every member ticks the five missing **** options (1.5.c +1, 2.3.c +1, 3.4.b +1,
        // 5.1.e +2, 9.b +2 = +7 each) and the council is stricter on promotion (4.3 d → b, −2 each):
        //   M1 65 + 7 − 2 = 70; M2 67 + 7 − 2, and 5.2 c → b (−1), 6.3 d → c (−1) = 70;
        //   M3 64 + 7 − 2, and 4.2 c → d (+1) = 70        → average 210/3 = 70, the 4★ band's lower edge
        SheetCase improved = closeTheGap(TOI_LY_SON).with(3, "4.2", "d3");
        // WHEN
        RatingDecision r = improved.rate(rules);
        // THEN
        assertAverage(r, "70", 70, 70, 70);
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(r.missingMinimums()).isEmpty();
        // AND for 5★ the ***** options 1.5.d, 4.1.d, 6.3.d (all three members now tick 6.3 c) and 7.d (13/3 < 5)
        // are missing; 6.4.d and 6.5.d are ticked by everyone
        assertThat(r.gapToNextStar().orElseThrow().targetStars()).isEqualTo(5);
        assertThat(refs(r.gapToNextStar().orElseThrow().missingMinimums()))
                .containsExactly("1.5.d", "4.1.d", "6.3.d", "7.d");
    }

    /** The garlic sheets with the five missing **** options ticked by every member, and 4.3 marked down. */
    static SheetCase closeTheGap(SheetCase garlic) {
        SheetCase c = garlic;
        for (int m = 1; m <= 3; m++) {
            c = c.with(m, "1.5", "c2").with(m, "2.3", "c3").with(m, "3.4", "b2").with(m, "5.1", "e5")
                    .with(m, "9", "b3").with(m, "4.3", "b1");
        }
        return c.with(2, "5.2", "b1").with(2, "6.3", "c2");
    }

    static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }
}
