package vn.ocop.core.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import vn.ocop.core.rulebook.Part;

/**
 * A council's sheets added up: each member's totals, the exact council average, the average
 * per part and per criterion.
 *
 * @param members           each member's score
 * @param average           the council's average total (exact)
 * @param partAverages      part → average
 * @param criterionAverages criterion id → members' average points
 * @param corrections       misprinted options chosen, and the points scored for them
 */
public record CouncilScore(List<MemberScore> members, Average average, Map<Part, Average> partAverages,
        Map<String, Average> criterionAverages, List<Correction> corrections) {
    public CouncilScore {
        members = ImmutableList.copyOf(members);
        partAverages = ImmutableMap.copyOf(partAverages);
        criterionAverages = ImmutableMap.copyOf(criterionAverages);
        corrections = ImmutableList.copyOf(corrections);
    }

    /**
     * An option chosen whose points the legal text misprints, scored at the points its sheet
     * records instead (see the sheet's {@code discrepancies}).
     *
     * @param criterionId the criterion
     * @param optionId    the option
     * @param printed     the points printed in the legal text
     * @param applied     the points scored
     * @param line        the line of the legal text
     * @param note        the sheet's explanation
     */
    public record Correction(String criterionId, String optionId, int printed, int applied, int line, String note) {
    }
}
