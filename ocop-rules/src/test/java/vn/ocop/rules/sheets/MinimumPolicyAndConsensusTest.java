package vn.ocop.rules.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.BUOI_PHUC_TRACH;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.CA_KOI_VAN_GIANG;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.CHE_SHAN_TUYET;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.GAO_ST25;
import static vn.ocop.rules.sheets.AllSheetsRatingTest.RUOU_SIM_PHU_QUOC;
import static vn.ocop.rules.sheets.RatingAssertions.assertAverage;
import static vn.ocop.rules.sheets.RatingAssertions.assertCertifiedByTheProvince;
import static vn.ocop.rules.sheets.RatingAssertions.assertForwardedAsPotentialFiveStar;
import static vn.ocop.rules.sheets.RatingAssertions.assertNotCertified;
import static vn.ocop.rules.sheets.RatingAssertions.missingMinimums;
import static vn.ocop.rules.sheets.RatingAssertions.ruleIds;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RatingOutcome;
import vn.ocop.rules.Reason;

/**
 * What a missing starred minimum does under each minimum policy, and when a starred minimum counts
 * as met under each consensus, on real councils whose members disagree. The default rulebook
 * (HIGHEST_STAR_MET, AVERAGE_POINTS) is compared with rulebooks overridden to NOT_ACHIEVED, MAJORITY
 * and EVERY_MEMBER; each rule base is built once.
 */
class MinimumPolicyAndConsensusTest {
    static OcopRules byDefault;
    static OcopRules notAchieved;
    static OcopRules majority;
    static OcopRules everyMember;

    @BeforeAll
    static void buildRules() {
        byDefault = OcopRules.builder().build();
        notAchieved = overridden("{\"scoring\": {\"minimumPolicy\": \"NOT_ACHIEVED\"}}");
        majority = overridden("{\"scoring\": {\"minimumConsensus\": \"MAJORITY\"}}");
        everyMember = overridden("{\"scoring\": {\"minimumConsensus\": \"EVERY_MEMBER\"}}");
    }

    private static OcopRules overridden(String json) {
        try {
            return OcopRules.builder().overrideRulebook("QD26_2026", new ObjectMapper().readTree(json)).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ minimum policy

    /*
     * Rượu sim Phú Quốc (sheet 15, AllSheetsRatingTest.RUOU_SIM_PHU_QUOC): totals 74, 75, 76 → 75, band 4★;
     * 3.5.b (****, registered trademark) averages 1 < 2 (all three tick a: application accepted only);
     * 6.3.d (****, smell) averages (2 + 3 + 2)/3 = 7/3 < 3. Every *** minimum is met.
     */
    @Test
    void should_give_the_highest_star_whose_minimums_are_met_when_a_four_star_minimum_is_missing() {
        // GIVEN the rose-myrtle wine council, under the default policy HIGHEST_STAR_MET
        // WHEN
        RatingDecision r = RUOU_SIM_PHU_QUOC.rate(byDefault);
        // THEN 3★, certified, with the missing **** options named
        assertAverage(r, "75", 74, 75, 76);
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).containsExactly("3.5.b", "6.3.d");
        assertThat(r.missingMinimums()).extracting(m -> m.achieved().toString()).containsExactly("1", "7/3 ≈ 2.33");
        Reason lower = reason(r, "RAT-MINIMUM-LOWER");
        assertThat(lower.assumptions()).contains("minimum-policy");
        assertThat(lower.cites("Điều 3.3")).isTrue();
        assertThat(lower.message().en()).contains("4★ band").contains("3.5.b (****)").contains("6.3.d (****)")
                .contains("rated 3★");
    }

    @Test
    void should_not_achieve_any_star_when_a_four_star_minimum_is_missing_under_not_achieved() {
        // GIVEN the same council, under the policy NOT_ACHIEVED
        // WHEN
        RatingDecision r = RUOU_SIM_PHU_QUOC.rate(notAchieved);
        // THEN the result is "không đạt": no star, nothing certified, the same minimums named
        assertThat(r.outcome()).isEqualTo(RatingOutcome.NOT_ACHIEVED);
        assertThat(r.bandStars()).isEqualTo(4);
        assertThat(r.stars()).isEmpty();
        assertThat(r.certifiable()).isFalse();
        assertThat(r.certifyingAuthority()).isEmpty();
        assertThat(missingMinimums(r)).containsExactly("3.5.b", "6.3.d");
        assertThat(reason(r, "RAT-MINIMUM-FAIL").message().en()).contains("not achieved");
    }

    /*
     * Cá Koi Văn Giang (sheet 25, AllSheetsRatingTest.CA_KOI_VAN_GIANG): totals 57, 61, 58 → 176/3 ≈ 58.67,
     * band 3★; 8.c (***, 5 points: internal control plan linked to traceability) averages (3 + 5 + 3)/3 = 11/3.
     */
    @Test
    void should_rate_two_stars_when_a_three_star_minimum_is_missing() {
        // GIVEN the koi council, under HIGHEST_STAR_MET
        // WHEN
        RatingDecision r = CA_KOI_VAN_GIANG.rate(byDefault);
        // THEN no star from 3 up has all its minimums: 2★, not certified
        assertThat(r.bandStars()).isEqualTo(3);
        assertNotCertified(r, 2);
        assertThat(missingMinimums(r)).containsExactly("8.c");
        assertThat(r.missingMinimums().get(0).minimumFor()).isEqualTo(3);
        assertThat(ruleIds(r)).contains("RAT-MINIMUM-LOWER");
    }

    @Test
    void should_not_achieve_any_star_when_a_three_star_minimum_is_missing_under_not_achieved() {
        // GIVEN the koi council, under NOT_ACHIEVED
        // WHEN
        RatingDecision r = CA_KOI_VAN_GIANG.rate(notAchieved);
        // THEN
        assertThat(r.outcome()).isEqualTo(RatingOutcome.NOT_ACHIEVED);
        assertThat(r.stars()).isEmpty();
        assertThat(r.certifiable()).isFalse();
        assertThat(missingMinimums(r)).containsExactly("8.c");
    }

    @Test
    void should_leave_a_product_meeting_its_minimums_alone_under_not_achieved() {
        // GIVEN the Phúc Trạch pomelo council (230/3 ≈ 76.67, every *** and **** minimum met)
        // WHEN / THEN both policies give 4★
        assertCertifiedByTheProvince(BUOI_PHUC_TRACH.rate(byDefault), 4);
        assertCertifiedByTheProvince(BUOI_PHUC_TRACH.rate(notAchieved), 4);
    }

    // ------------------------------------------------------------------ consensus

    /*
     * Chè Shan tuyết Suối Giàng (sheet 11): in AllSheetsRatingTest.CHE_SHAN_TUYET all three members tick 4.1.c
     * (3 points, ≥ 5 agents: the **** minimum); every other *** and **** minimum is ticked by every member.
     *
     * Council X disagrees on 4.1: M1 d (5: supermarkets and e-commerce), M2 b (2), M3 b (2).
     *   Totals 81, 81, 79 = 241 → 241/3 ≈ 80.33, band 4★.
     *   AVERAGE_POINTS: (5 + 2 + 2)/3 = 3 ≥ 3 → met → 4★.
     *   MAJORITY: 1 member of 3 at 3 points or more → not met → 3★.
     *   EVERY_MEMBER: not met → 3★.
     * Council Y: M1 c (3), M2 c (3), M3 b (2).
     *   Totals 79, 82, 79 = 240 → 80, band 4★.
     *   AVERAGE_POINTS: 8/3 ≈ 2.67 < 3 → not met → 3★.
     *   MAJORITY: 2 of 3 → met → 4★.
     *   EVERY_MEMBER: not met → 3★.
     */
    static final SheetCase TEA_X = CHE_SHAN_TUYET.with(1, "4.1", "d5").with(2, "4.1", "b2").with(3, "4.1", "b2");
    static final SheetCase TEA_Y = CHE_SHAN_TUYET.with(3, "4.1", "b2");

    @Test
    void should_meet_a_starred_minimum_on_the_members_average_points_by_default() {
        // GIVEN councils X and Y, under AVERAGE_POINTS
        // WHEN
        RatingDecision x = TEA_X.rate(byDefault);
        RatingDecision y = TEA_Y.rate(byDefault);
        // THEN
        assertAverage(x, "241/3 ≈ 80.33", 81, 81, 79);
        assertCertifiedByTheProvince(x, 4);
        assertThat(missingMinimums(x)).isEmpty();
        assertAverage(y, "80", 79, 82, 79);
        assertCertifiedByTheProvince(y, 3);
        assertThat(missingMinimums(y)).containsExactly("4.1.c");
        assertThat(y.missingMinimums().get(0).achieved()).hasToString("8/3 ≈ 2.67");
    }

    @Test
    void should_meet_a_starred_minimum_when_most_members_tick_it_under_majority() {
        // GIVEN councils X and Y, under MAJORITY
        // WHEN
        RatingDecision x = TEA_X.rate(majority);
        RatingDecision y = TEA_Y.rate(majority);
        // THEN
        assertCertifiedByTheProvince(x, 3);
        assertThat(missingMinimums(x)).containsExactly("4.1.c");
        assertCertifiedByTheProvince(y, 4);
        assertThat(missingMinimums(y)).isEmpty();
    }

    @Test
    void should_meet_a_starred_minimum_only_when_every_member_ticks_it_under_every_member() {
        // GIVEN councils X and Y, under EVERY_MEMBER
        // WHEN
        RatingDecision x = TEA_X.rate(everyMember);
        RatingDecision y = TEA_Y.rate(everyMember);
        // THEN
        assertCertifiedByTheProvince(x, 3);
        assertThat(missingMinimums(x)).containsExactly("4.1.c");
        assertCertifiedByTheProvince(y, 3);
        assertThat(missingMinimums(y)).containsExactly("4.1.c");
        // AND the unanimous original council keeps its 4★
        assertCertifiedByTheProvince(CHE_SHAN_TUYET.rate(everyMember), 4);
    }

    /*
     * Gạo ST25 with M5 doubting the supermarket/export contracts: 4.1 c (3) instead of d (5).
     * Totals 93, 94, 95, 94, 87 → 92.6, band 5★. 4.1.d (*****, 5 points):
     *   AVERAGE_POINTS 23/5 = 4.6 < 5 → missing → 4★ certified at the province, not forwarded;
     *   MAJORITY 4 of 5 → met → potential 5★, forwarded;
     *   EVERY_MEMBER → missing → 4★.
     */
    @Test
    void should_forward_st25_rice_only_under_majority_when_one_member_of_five_doubts_a_five_star_minimum() {
        // GIVEN
        SheetCase doubted = GAO_ST25.with(5, "4.1", "c3");
        // WHEN
        RatingDecision average = doubted.rate(byDefault);
        RatingDecision most = doubted.rate(majority);
        RatingDecision all = doubted.rate(everyMember);
        // THEN
        assertCertifiedByTheProvince(average, 4);
        assertThat(missingMinimums(average)).containsExactly("4.1.d");
        assertForwardedAsPotentialFiveStar(most);
        assertThat(missingMinimums(most)).isEmpty();
        assertCertifiedByTheProvince(all, 4);
        assertThat(missingMinimums(all)).containsExactly("4.1.d");
    }

    private static Reason reason(RatingDecision r, String ruleId) {
        return r.reasons().stream().filter(x -> x.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }
}
