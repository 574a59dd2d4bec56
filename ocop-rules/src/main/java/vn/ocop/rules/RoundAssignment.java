package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.core.EvaluationLevel;

/**
 * The evaluation round a pending dossier falls into. Under 26/2026/QĐ-TTg Điều 5 the province
 * holds at least two rounds a year (round 1 before 30 June for dossiers the commune proposed before
 * 30 April; round 2 before 30 December for those proposed before 30 October) and the ministry two
 * (round 1 before 30 September for proposals before 30 July; round 2 before 30 March for proposals
 * before 30 January).
 *
 * @param evaluation  the pending evaluation (its id)
 * @param level       the province or the central council
 * @param round       1 or 2, as the decision numbers them
 * @param year        the year the round is held
 * @param proposedOn  the proposal date used (the evaluation's {@code proposedOn}, or its filing date when none was
 *                    recorded; the reasons then name the assumption)
 * @param heldBy      the last day the round may be held ("before 30 June" is 29 June)
 * @param reasons     why, with citations
 */
public record RoundAssignment(String evaluation, EvaluationLevel level, int round, int year, LocalDate proposedOn,
        LocalDate heldBy, List<Reason> reasons) {

    public RoundAssignment {
        reasons = ImmutableList.copyOf(reasons);
    }
}
