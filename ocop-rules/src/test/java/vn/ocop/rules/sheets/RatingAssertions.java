package vn.ocop.rules.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.rulebook.Part;
import vn.ocop.core.scoring.Average;
import vn.ocop.core.scoring.Gap;
import vn.ocop.core.scoring.MissingMinimum;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RatingOutcome;
import vn.ocop.rules.Reason;

/** The THEN steps shared by the sheet tests. */
final class RatingAssertions {
    private RatingAssertions() {
    }

    /** The exact average of the member totals, and how the library writes it. */
    static void assertAverage(RatingDecision r, String written, int... memberTotals) {
        Average expected = Average.of(Arrays.stream(memberTotals).mapToObj(BigDecimal::valueOf).toList());
        assertThat(r.average()).contains(expected);
        assertThat(r.average().orElseThrow()).hasToString(written);
    }

    /** The council's average on parts A, B and C, as the library writes them. */
    static void assertPartAverages(RatingDecision r, String a, String b, String c) {
        Map<Part, Average> parts = r.score().orElseThrow().partAverages();
        assertThat(parts.get(Part.A)).as("part A").hasToString(a);
        assertThat(parts.get(Part.B)).as("part B").hasToString(b);
        assertThat(parts.get(Part.C)).as("part C").hasToString(c);
    }

    /** Rated {@code stars} (3 or 4) and certified by the provincial chairman. */
    static void assertCertifiedByTheProvince(RatingDecision r, int stars) {
        assertThat(r.outcome()).isEqualTo(RatingOutcome.RATED);
        assertThat(r.stars()).contains(stars);
        assertThat(r.certifiable()).isTrue();
        assertThat(r.certifyingAuthority()).contains(Authority.PROVINCIAL_PEOPLES_COMMITTEE);
        assertThat(r.forwardedTo()).isEmpty();
        assertThat(ruleIds(r)).contains("RAT-CERTIFY");
    }

    /**
     * A potential 5★: the province approves the result and forwards the dossier to the ministry
     * (Điều 7.3.e); no star is awarded and nothing is certified at the province — the Minister
     * decides the 5★ (Điều 7.4.e). The band says 5★.
     */
    static void assertForwardedAsPotentialFiveStar(RatingDecision r) {
        assertThat(r.outcome()).isEqualTo(RatingOutcome.FORWARDED);
        assertThat(r.bandStars()).isEqualTo(5);
        assertThat(r.stars()).isEmpty();
        assertThat(r.forwardedTo()).contains(EvaluationLevel.CENTRAL);
        assertThat(r.potentialFiveStar()).isTrue();
        assertThat(r.certifiable()).isFalse();
        assertThat(r.certifyingAuthority()).isEmpty();
        assertThat(r.reasons()).filteredOn(x -> x.ruleId().equals("RAT-FORWARD"))
                .singleElement().satisfies(x -> assertThat(x.cites("Điều 7.3.e")).isTrue());
    }

    /** Rated 1★ or 2★: no recognition decision, no certificate (Điều 4.1.a). */
    static void assertNotCertified(RatingDecision r, int stars) {
        assertThat(r.outcome()).isEqualTo(RatingOutcome.RATED);
        assertThat(r.stars()).contains(stars);
        assertThat(r.certifiable()).isFalse();
        assertThat(r.certifyingAuthority()).isEmpty();
        assertThat(r.forwardedTo()).isEmpty();
        assertThat(r.reasons()).filteredOn(x -> x.ruleId().equals("RAT-NOT-CERTIFIED"))
                .singleElement().satisfies(x -> assertThat(x.cites("Điều 4.1.a")).isTrue());
    }

    /** The starred minimums missing for the band's star, as {@code criterion.option}. */
    static List<String> missingMinimums(RatingDecision r) {
        return refs(r.missingMinimums());
    }

    static List<String> refs(List<MissingMinimum> minimums) {
        return minimums.stream().map(m -> m.criterionId() + "." + m.optionId()).toList();
    }

    static List<String> ruleIds(RatingDecision r) {
        return r.reasons().stream().map(Reason::ruleId).toList();
    }

    /** The gap to the next star: its target, the points still needed, the starred minimums still missing. */
    static void assertGap(RatingDecision r, int target, String pointsNeeded, String... missing) {
        Gap g = r.gapToNextStar().orElseThrow();
        assertThat(g.targetStars()).isEqualTo(target);
        assertThat(g.pointsNeeded()).isEqualByComparingTo(pointsNeeded);
        assertThat(refs(g.missingMinimums())).containsExactly(missing);
    }
}
