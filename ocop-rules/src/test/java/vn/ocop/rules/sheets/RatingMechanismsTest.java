package vn.ocop.rules.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.BAN_LAC_MAI_CHAU;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.CHA_MUC_HA_LONG;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.CHE_SHAN_TUYET;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.GAO_ST25;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.MAT_ONG_BAC_HA;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.RUOU_BAU_DA;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.TOI_LY_SON;
import static vn.ocop.rules.sheets.RatingAssertions.assertAverage;
import static vn.ocop.rules.sheets.RatingAssertions.assertCertifiedByTheProvince;
import static vn.ocop.rules.sheets.RatingAssertions.assertForwardedAsPotentialFiveStar;
import static vn.ocop.rules.sheets.RatingAssertions.assertGap;
import static vn.ocop.rules.sheets.RatingAssertions.assertNotCertified;
import static vn.ocop.rules.sheets.RatingAssertions.assertPartAverages;
import static vn.ocop.rules.sheets.RatingAssertions.missingMinimums;
import static vn.ocop.rules.sheets.RatingAssertions.ruleIds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.core.Authority;
import vn.ocop.core.Choice;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ScoreSheet;
import vn.ocop.core.scoring.Average;
import vn.ocop.core.scoring.MemberScore;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RatingOutcome;
import vn.ocop.rules.Reason;

/**
 * The rating mechanisms on real sheets: knock-outs, the hazardous-impurities section knock-out,
 * band edges, exact council averages, misprinted options and input errors. The product tables are
 * those of {@link AllSheetsRatingTest}; every figure below is worked out by hand from them.
 */
class RatingMechanismsTest {
    static OcopRules rules;

    @BeforeAll
    static void buildRules() {
        rules = OcopRules.builder().build();
    }

    // ------------------------------------------------------------------ knock-outs

    @Test
    void should_reject_a_falsified_dossier_whatever_the_score() {
        // GIVEN the ST25 council's sheets (average 93, every starred minimum met: a potential 5★),
        // but the dossier was falsified ("Giả mạo hồ sơ", sheet 3's DOSSIER knock-out)
        // WHEN
        RatingDecision r = GAO_ST25.rate(rules, "falsified-dossier");
        // THEN the dossier is rejected: no star, no certificate, not forwarded
        assertThat(r.outcome()).isEqualTo(RatingOutcome.REJECTED);
        assertThat(r.stars()).isEmpty();
        assertThat(r.certifiable()).isFalse();
        assertThat(r.certifyingAuthority()).isEmpty();
        assertThat(r.forwardedTo()).isEmpty();
        assertThat(r.gapToNextStar()).isEmpty();
        assertThat(ruleIds(r)).containsExactly("RAT-KNOCKOUT");
        Reason why = r.reasons().get(0);
        assertThat(why.cites("Phụ lục II, bộ sản phẩm 3")).isTrue();
        assertThat(why.message().vi()).contains("Giả mạo hồ sơ");
        // AND the score is still on record, whatever it was
        assertAverage(r, "93", 93, 94, 95, 94, 89);
    }

    @Test
    void should_reject_ly_son_garlic_when_all_its_raw_material_is_imported() {
        // GIVEN the garlic council's sheets (3★), but the garlic turns out to be imported: the knock-out
        // written in criterion 1.1 of sheet 10, "Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu …"
        // WHEN
        RatingDecision r = TOI_LY_SON.rate(rules, "all-raw-material-imported");
        // THEN
        assertThat(r.outcome()).isEqualTo(RatingOutcome.REJECTED);
        assertThat(r.stars()).isEmpty();
        assertThat(r.certifiable()).isFalse();
        assertThat(r.reasons()).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("RAT-KNOCKOUT");
            assertThat(x.cites("bộ sản phẩm 10")).isTrue();
            assertThat(x.message().vi()).contains("toàn bộ nguyên liệu nhập khẩu");
        });
    }

    @Test
    void should_zero_the_sensory_section_of_ha_long_squid_cake_with_hazardous_impurities() {
        // GIVEN the squid-cake council's sheets (totals 92, 94, 92, 91, 92: average 92.2, a potential 5★), but
        // hair is found in the sample: "hazardous-impurities", the SECTION knock-out of criterion 6.1 of
        // sheet 8 — section 6 (sensory: 6.1 to 6.5, 15 points) is not assessed and scores 0 for everyone.
        // Section 6 as ticked: 15 for M1–M4 (c2 d3 d3 d3 d4), 14 for M5 (6.2 c2) →
        //   totals 77, 79, 77, 76, 78 = 387; average 387/5 = 77.4 → band 4★;
        //   part C 31.6 − 14.8 = 16.8 on average;
        //   the **** minimums 6.1.c, 6.3.c, 6.4.c, 6.5.c now average 0 → missing; every *** minimum is met
        //   → HIGHEST_STAR_MET: 3★, certified by the province.
        // WHEN
        RatingDecision r = CHA_MUC_HA_LONG.rate(rules, "hazardous-impurities");
        // THEN
        for (MemberScore m : r.score().orElseThrow().members()) {
            assertThat(m.points()).containsEntry("6.1", 0).containsEntry("6.2", 0).containsEntry("6.3", 0)
                    .containsEntry("6.4", 0).containsEntry("6.5", 0).containsEntry("7", 5);
        }
        assertAverage(r, "77.4", 77, 79, 77, 76, 78);
        assertPartAverages(r, "36", "24.6", "16.8");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).containsExactly("6.1.c", "6.3.c", "6.4.c", "6.5.c");
        assertThat(ruleIds(r)).contains("RAT-MINIMUM-LOWER").doesNotContain("RAT-KNOCKOUT");
    }

    @Test
    void should_still_certify_ly_son_garlic_three_stars_with_hazardous_impurities_as_sensory_holds_no_three_star_minimum() {
        // GIVEN the garlic council's sheets (65, 67, 64), but sand is found in the sample: "hazardous-impurities"
        // on criterion 6.1 of sheet 10 zeroes section 6 (6.1–6.5), ticked 14, 15, 14 →
        //   totals 51, 52, 50 = 153 → 51, band 3★; the minimums of section 6 are all **** or *****, so every
        //   *** minimum is still met → 3★, certified. (The library reads "sẽ không đánh giá các bước tiếp
        //   theo" as "the rest of section 6 is not scored", not as a rejection.)
        // WHEN
        RatingDecision r = TOI_LY_SON.rate(rules, "hazardous-impurities");
        // THEN
        assertAverage(r, "51", 51, 52, 50);
        assertPartAverages(r, "25", "50/3 ≈ 16.67", "28/3 ≈ 9.33");
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
    }

    @Test
    void should_refuse_a_knock_out_the_sheet_does_not_have() {
        // GIVEN the community-tourism sheet (26), which prints no "Hồ sơ bị loại khi …" sentence at all, and
        // the white-liquor sheet (14), which has no hazardous-impurities note
        // WHEN / THEN naming those knock-outs is an input error that names the field
        assertThatThrownBy(() -> BAN_LAC_MAI_CHAU.rate(rules, "falsified-dossier"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("evaluations[E-25-04999-001-2026].knockOuts");
                            assertThat(p.message()).contains("sheet 26").contains("'falsified-dossier'");
                        }));
        assertThatThrownBy(() -> RUOU_BAU_DA.rate(rules, "hazardous-impurities"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("evaluations[E-52-21703-001-2026].knockOuts");
                            assertThat(p.message()).contains("sheet 14").contains("'hazardous-impurities'");
                        }));
    }

    // ------------------------------------------------------------------ 5★ band with a 5★ minimum missing

    @Test
    void should_certify_four_stars_at_the_province_when_the_average_reaches_90_but_a_five_star_minimum_is_missing() {
        // GIVEN the ST25 council, except that M5 does not accept the supermarket and export contracts:
        // 4.1 c (3) instead of d (5). M5 89 − 2 = 87; totals 93, 94, 95, 94, 87 = 463; average 92.6 → band 5★;
        // 4.1.d (*****, 5 points) averages 23/5 = 4.6 < 5 → missing; every *** and **** minimum met
        // → HIGHEST_STAR_MET: 4★. Not a potential 5★, so not forwarded (rulebook assumption
        // "minimum-policy"): certified 4★ by the province (Điều 7.3.e).
        SheetCase doubted = GAO_ST25.with(5, "4.1", "c3");
        // WHEN
        RatingDecision r = doubted.rate(rules);
        // THEN
        assertAverage(r, "92.6", 93, 94, 95, 94, 87);
        assertPartAverages(r, "36.2", "22.4", "34");
        assertThat(r.bandStars()).isEqualTo(5);
        assertCertifiedByTheProvince(r, 4);
        assertThat(r.potentialFiveStar()).isFalse();
        assertThat(missingMinimums(r)).containsExactly("4.1.d");
        assertGap(r, 5, "0", "4.1.d");
    }

    @Test
    void should_certify_st25_rice_five_stars_by_the_minister_at_the_central_council() {
        // GIVEN the same five sheets, scored by the central council the province forwarded them to
        SheetCase central = GAO_ST25.at(EvaluationLevel.CENTRAL);
        // WHEN
        RatingDecision r = central.rate(rules);
        // THEN average 93, every minimum met → 5★, recognised by the Minister (Điều 4.1.b, 7.4.e)
        assertAverage(r, "93", 93, 94, 95, 94, 89);
        assertThat(r.outcome()).isEqualTo(RatingOutcome.RATED);
        assertThat(r.stars()).contains(5);
        assertThat(r.certifiable()).isTrue();
        assertThat(r.certifyingAuthority()).contains(Authority.MINISTER_OF_AGRICULTURE);
        assertThat(r.forwardedTo()).isEmpty();
        assertThat(ruleIds(r)).contains("RAT-CENTRAL");
    }

    // ------------------------------------------------------------------ band edges and exact averages

    @ParameterizedTest(name = "member totals {0} → average {1} → {2}★")
    @CsvSource(delimiter = ';', value = {
        "49.99 49.99 49.99; 49.99; 2",
        "49 50 51;          50;    3",
        "69.99 69.99 69.99; 69.99; 3",
        "68 70 72;          70;    4",
        "89.99 89.99 89.99; 89.99; 4",
        "88 90 92;          90;    5"})
    void should_place_an_average_on_the_band_edges_from_below(String totals, String average, int stars) {
        // GIVEN a garlic council giving totals only (no sheets: the starred minimums cannot be checked)
        double[] t = Arrays.stream(totals.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        Evaluation e = Evaluation.builder("E-edge", TOI_LY_SON.product().code()).filed(TOI_LY_SON.decided())
                .decided(TOI_LY_SON.decided()).memberTotals(t).build();
        // WHEN
        RatingDecision r = rate(e);
        // THEN the bands are half-open, [50, 70), [70, 90), [90, 100] (Điều 3.3: "từ … đến dưới …")
        assertThat(r.average().orElseThrow()).hasToString(average);
        assertThat(r.bandStars()).isEqualTo(stars);
        assertThat(ruleIds(r)).contains("RAT-BAND-ONLY");
        if (stars == 5) {
            assertForwardedAsPotentialFiveStar(r);
        } else if (stars >= 3) {
            assertCertifiedByTheProvince(r, stars);
        } else {
            assertNotCertified(r, stars);
        }
    }

    @Test
    void should_keep_an_average_of_209_over_3_below_70_by_totals() {
        // GIVEN three members giving 70, 70 and 69: 209/3 = 69.666…, shown 69.67 but never rounded up to 70
        Evaluation e = Evaluation.builder("E-209", TOI_LY_SON.product().code()).filed(TOI_LY_SON.decided())
                .decided(TOI_LY_SON.decided()).memberTotals(70, 70, 69).build();
        // WHEN
        RatingDecision r = rate(e);
        // THEN
        assertThat(r.average()).contains(Average.of(List.of(bd(70), bd(70), bd(69))));
        assertThat(r.average().orElseThrow()).hasToString("209/3 ≈ 69.67");
        assertThat(r.average().orElseThrow().below(BigDecimal.valueOf(70))).isTrue();
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
    }

    @Test
    void should_keep_ly_son_garlic_at_three_stars_when_its_sheets_average_209_over_3() {
        // GIVEN the garlic cooperative closed its five **** gaps (see LySonGarlicTest), and M3 kept 4.2 at c:
        //   M1 70, M2 70, M3 64 + 7 − 2 = 69 → 209/3 = 69.67 → band 3★ although every **** minimum is met
        SheetCase improved = LySonGarlicTest.closeTheGap(TOI_LY_SON);
        // WHEN
        RatingDecision r = improved.rate(rules);
        // THEN
        assertAverage(r, "209/3 ≈ 69.67", 70, 70, 69);
        assertPartAverages(r, "28", "49/3 ≈ 16.33", "76/3 ≈ 25.33");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        // AND only points stand between it and 4★: 70 − 209/3 = 1/3 → 0.34 (rounded up); with one more point
        // (M3 4.2 d) the sheets average exactly 70 and give 4★ (LySonGarlicTest)
        assertGap(r, 4, "0.34");
    }

    // ------------------------------------------------------------------ misprinted options

    @Test
    void should_score_the_misprinted_honey_option_7c_at_the_criterion_s_3_points() {
        // GIVEN the Mèo Vạc honey council, all three now accepting a test report with more than 2 nutrition
        // indicators: sheet 4, criterion 7 (3 points), option c "Có trên 2 chỉ tiêu", printed "13" (line 3790)
        // By hand, at the criterion's 3: M1 73 + 2 = 75, M2 69 + 2 = 71, M3 76 + 2 = 78 → 224/3 ≈ 74.67 → 4★.
        // (As printed, 13 points would give 85, 81, 88 → 254/3 and a Part C above its 35.)
        SheetCase honey = MAT_ONG_BAC_HA.with(1, "7", "c3").with(2, "7", "c3").with(3, "7", "c3");
        // WHEN
        RatingDecision r = honey.rate(rules);
        // THEN
        for (MemberScore m : r.score().orElseThrow().members()) {
            assertThat(m.points()).containsEntry("7", 3);
        }
        assertAverage(r, "224/3 ≈ 74.67", 75, 71, 78);
        assertCertifiedByTheProvince(r, 4);
        assertThat(r.reasons()).filteredOn(x -> x.ruleId().equals("RAT-MISPRINT")).singleElement()
                .satisfies(x -> {
                    assertThat(x.cites("Phụ lục II, bộ sản phẩm 4")).isTrue();
                    assertThat(x.message().en()).contains("7.c").contains("13 → 3");
                });
    }

    @Test
    void should_score_the_misprinted_tea_option_6_1_1b_at_1_point_below_the_four_star_minimum() {
        // GIVEN the Suối Giàng council, where M3 now finds "very few, acceptable impurities": sheet 11,
        // criterion 6.1.1 (2 points), option b printed "11" (line 9048), between a (0) and c (2, ****) → 1.
        // By hand: M3 80 − 2 + 1 = 79; totals 79, 82, 79 → 240/3 = 80 → band 4★;
        // 6.1.1.c (****, 2 points) averages (2 + 2 + 1)/3 = 5/3 < 2 → missing → 3★.
        // (As printed, 11 points would meet it and give 249/3 = 83.)
        SheetCase tea = CHE_SHAN_TUYET.with(3, "6.1.1", "b1");
        // WHEN
        RatingDecision r = tea.rate(rules);
        // THEN
        assertAverage(r, "80", 79, 82, 79);
        assertPartAverages(r, "34", "59/3 ≈ 19.67", "79/3 ≈ 26.33");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).containsExactly("6.1.1.c");
        assertThat(ruleIds(r)).contains("RAT-MISPRINT", "RAT-MINIMUM-LOWER");
    }

    // ------------------------------------------------------------------ input errors

    @Test
    void should_name_the_field_of_an_unknown_criterion() {
        // GIVEN M2 of the garlic council also scores a criterion "9.9" that sheet 10 does not have
        Evaluation e = withChoice(TOI_LY_SON.evaluation(), 1, "9.9", Choice.option("a"));
        // WHEN / THEN
        assertThatThrownBy(() -> rate(e)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("evaluations[E-51-22001-001-2026].sheets[1].choices.9.9");
                    assertThat(p.message()).isEqualTo("no criterion '9.9' on sheet 10 (Gia vị khác (muối, hành, "
                            + "tỏi, tiêu,...))");
                }));
    }

    @Test
    void should_name_the_field_of_an_unknown_option_letter() {
        // GIVEN M1 ticks option "e" on criterion 9, which has only a, b and c
        Evaluation e = withChoice(TOI_LY_SON.evaluation(), 0, "9", Choice.option("e"));
        // WHEN / THEN
        assertThatThrownBy(() -> rate(e)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("evaluations[E-51-22001-001-2026].sheets[0].choices.9");
                    assertThat(p.message()).isEqualTo("criterion 9 has no option 'e'");
                    assertThat(p.hint()).isEqualTo("options: [a=1, b=3, c=5]");
                }));
    }

    @Test
    void should_name_the_field_of_points_above_a_criterion_s_maximum() {
        // GIVEN M3 gives 2 points on 2.4 (bilingual label, worth 1) and 6 on 9 (worth 5)
        Evaluation e = withChoice(withChoice(TOI_LY_SON.evaluation(), 2, "2.4", Choice.points(2)), 2, "9",
                Choice.points(6));
        // WHEN / THEN both are reported
        assertThatThrownBy(() -> rate(e)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.problems()).extracting(InvalidInputException.Problem::field, p -> p.message())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(
                                        "evaluations[E-51-22001-001-2026].sheets[2].choices.2.4",
                                        "criterion 2.4 is worth at most 1 points, but 2 was given"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "evaluations[E-51-22001-001-2026].sheets[2].choices.9",
                                        "criterion 9 is worth at most 5 points, but 6 was given")));
    }

    @Test
    void should_name_the_field_of_points_no_option_gives() {
        // GIVEN M1 records 4 points on criterion 9, whose options give 1, 3 or 5
        Evaluation e = withChoice(TOI_LY_SON.evaluation(), 0, "9", Choice.points(4));
        // WHEN / THEN
        assertThatThrownBy(() -> rate(e)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("evaluations[E-51-22001-001-2026].sheets[0].choices.9");
                    assertThat(p.message()).isEqualTo("no option of criterion 9 gives 4 points");
                }));
    }

    // ------------------------------------------------------------------ helpers

    private static RatingDecision rate(Evaluation e) {
        ProductRecord record = ProductRecord.builder(TOI_LY_SON.product(), TOI_LY_SON.producer()).evaluation(e)
                .build();
        LocalDate on = e.decisionDate().orElseThrow();
        return rules.assess(record, on).latestRating().orElseThrow();
    }

    /** {@code e} with member {@code member} (0-based) also marking {@code choice} on {@code criterion}. */
    private static Evaluation withChoice(Evaluation e, int member, String criterion, Choice choice) {
        Evaluation.Builder b = Evaluation.builder(e.id(), e.productCode()).level(e.level()).filed(e.filingDate())
                .decided(e.decisionDate().orElseThrow());
        for (int i = 0; i < e.sheets().size(); i++) {
            ScoreSheet s = e.sheets().get(i);
            Map<String, Choice> choices = new LinkedHashMap<>(s.choices());
            if (i == member) {
                choices.put(criterion, choice);
            }
            b.sheet(new ScoreSheet(s.member(), choices));
        }
        return b.build();
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }
}
