package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.scoring.Average;
import vn.ocop.core.scoring.CouncilScore;
import vn.ocop.core.scoring.Gap;
import vn.ocop.core.scoring.MissingMinimum;

/**
 * The rating of one evaluation: the star, whether it can be certified and by whom, whether it is
 * forwarded to a higher level, what is missing for the next star, and why.
 *
 * @param evaluationId        the evaluation rated
 * @param rulebookId          the rulebook applied (by filing or decision date, see the transition rules)
 * @param level               the level that evaluated
 * @param outcome             what became of it
 * @param stars               the star awarded, when {@link RatingOutcome#RATED}; a forwarded dossier has none (the
 *                            next level decides; "potential 5★" is a status, not a star)
 * @param bandStars           the band the average falls in (0 when unscored)
 * @param average             the council's exact average, when scored
 * @param sheetBased          true when scored option by option on a criteria sheet
 * @param certifiable         true when the star can be certified (3★ or more, at a level that certifies it)
 * @param certifyingAuthority who certifies it, when certifiable
 * @param forwardedTo         the level it goes to next (e.g. CENTRAL for a potential 5★)
 * @param missingMinimums     starred minimums not met for the band's star
 * @param gapToNextStar       what stands between the product and the next star, when scored by sheets
 * @param completionDeadline  for a dossier in flight across a change of decision: the date by which it must be
 *                            completed
 * @param score               the sheets added up, when scored by sheets
 * @param reasons             why, with citations
 */
public record RatingDecision(String evaluationId, String rulebookId, EvaluationLevel level, RatingOutcome outcome,
        Optional<Integer> stars, int bandStars, Optional<Average> average, boolean sheetBased, boolean certifiable,
        Optional<Authority> certifyingAuthority, Optional<EvaluationLevel> forwardedTo,
        List<MissingMinimum> missingMinimums, Optional<Gap> gapToNextStar, Optional<LocalDate> completionDeadline,
        Optional<CouncilScore> score, List<Reason> reasons) {

    public RatingDecision {
        missingMinimums = ImmutableList.copyOf(missingMinimums);
        reasons = ImmutableList.copyOf(reasons);
    }

    /** True when the product is forwarded as a potential 5★ (tiềm năng 5 sao). */
    public boolean potentialFiveStar() {
        return forwardedTo.filter(l -> l == EvaluationLevel.CENTRAL).isPresent();
    }
}
