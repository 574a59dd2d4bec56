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
 */
public record CouncilScore(List<MemberScore> members, Average average, Map<Part, Average> partAverages,
        Map<String, Average> criterionAverages) {
    public CouncilScore {
        members = ImmutableList.copyOf(members);
        partAverages = ImmutableMap.copyOf(partAverages);
        criterionAverages = ImmutableMap.copyOf(criterionAverages);
    }
}
