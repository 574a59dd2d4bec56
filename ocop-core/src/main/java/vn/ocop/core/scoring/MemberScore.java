package vn.ocop.core.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import vn.ocop.core.rulebook.Part;

/**
 * One member's sheet added up.
 *
 * @param member  who scored
 * @param points  criterion id → points given
 * @param parts   part → points
 * @param total   the member's total
 */
public record MemberScore(String member, Map<String, Integer> points, Map<Part, Integer> parts, int total) {
    public MemberScore {
        points = ImmutableMap.copyOf(points);
        parts = ImmutableMap.copyOf(parts);
    }
}
