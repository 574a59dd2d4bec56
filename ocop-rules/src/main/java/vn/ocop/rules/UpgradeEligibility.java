package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.scoring.Gap;

/**
 * Whether a product may apply now for a higher star, by which route, and what stands between
 * it and that star.
 *
 * @param eligible     true when an upgrade dossier may be filed now
 * @param currentStars the stars of the certificate in force, when one stands
 * @param targetStars  the next star
 * @param path         the route the dossier takes
 * @param gap          what is missing for the target star, from the latest sheet-scored evaluation
 * @param reasons      why, with citations (including what blocks it)
 */
public record UpgradeEligibility(boolean eligible, Optional<Integer> currentStars, Optional<Integer> targetStars,
        Optional<UpgradePath> path, Optional<Gap> gap, List<Reason> reasons) {

    public UpgradeEligibility {
        reasons = ImmutableList.copyOf(reasons);
    }
}
