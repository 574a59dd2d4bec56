package vn.ocop.core.scoring;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import vn.ocop.core.LocalizedText;

/**
 * What stands between a scored product and a target star: the points still needed to reach the
 * band, the starred minimums still missing, and the criteria where the most points remain
 * available, so a producer sees what to improve.
 *
 * @param targetStars      the star aimed at
 * @param pointsNeeded     band limit minus the current average, rounded up to 2 decimals; 0 when reached
 * @param missingMinimums  starred minimums (for the target star and below) not met
 * @param opportunities    criteria with points still available, most first
 */
public record Gap(int targetStars, BigDecimal pointsNeeded, List<MissingMinimum> missingMinimums,
        List<Opportunity> opportunities) {

    public Gap {
        missingMinimums = ImmutableList.copyOf(missingMinimums);
        opportunities = ImmutableList.copyOf(opportunities);
    }

    /** True when nothing stands between the product and the target star. */
    public boolean reached() {
        return pointsNeeded.signum() == 0 && missingMinimums.isEmpty();
    }

    /**
     * A criterion where points remain available.
     *
     * @param criterionId e.g. {@code 4.1}
     * @param criterion   its text
     * @param maximum     its maximum
     * @param achieved    the members' average points on it
     * @param available   maximum − achieved
     */
    public record Opportunity(String criterionId, LocalizedText criterion, int maximum, Average achieved,
            BigDecimal available) {
    }
}
