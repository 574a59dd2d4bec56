package vn.ocop.core.scoring;

import vn.ocop.core.LocalizedText;

/**
 * A starred minimum that is not met: the criterion, the starred option, the star it is the
 * minimum for, and what the council gave instead.
 *
 * @param criterionId    e.g. {@code 3.5}
 * @param criterion      the criterion's text
 * @param optionId       the starred option, e.g. {@code b}
 * @param option         the starred option's text
 * @param minimumFor     3, 4 or 5
 * @param requiredPoints the starred option's points
 * @param achieved       the members' average points on the criterion
 */
public record MissingMinimum(String criterionId, LocalizedText criterion, String optionId, LocalizedText option,
        int minimumFor, int requiredPoints, Average achieved) {

    /** {@code 3.5.b (****)}. */
    public String reference() {
        return criterionId + "." + optionId + " (" + "*".repeat(minimumFor) + ")";
    }
}
