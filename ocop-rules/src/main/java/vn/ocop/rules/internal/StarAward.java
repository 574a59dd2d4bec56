package vn.ocop.rules.internal;

import java.util.Map;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebook.CertifyingBody;
import vn.ocop.core.scoring.Gap;
import vn.ocop.rules.Reason;

/**
 * Inferred by the rating rules: an evaluation was awarded a star. The certification rules act on
 * it (who certifies, whether it is forwarded), keeping "what star" apart from "what follows".
 */
public final class StarAward implements Explained {
    private final RatingFact rating;
    private final int stars;
    private final CertifyingBody certifier;
    private Gap gap;
    private boolean gapComputed;

    public StarAward(RatingFact rating, int stars) {
        this.rating = rating;
        this.stars = stars;
        this.certifier = rating.certifier(stars);
    }

    public RatingFact getRating() {
        return rating;
    }

    public int getStars() {
        return stars;
    }

    /** The authority the period names for this star; null below the certified stars. */
    public Authority getAuthority() {
        return certifier == null ? null : certifier.authority();
    }

    /** The level the period names for this star; null below the certified stars. */
    public EvaluationLevel getCertifyingLevel() {
        return certifier == null ? null : certifier.level();
    }

    /**
     * The period names a level below the one that evaluated (148: a provincial council scoring a
     * forwarded product in the 3★ band, where the table names the district).
     */
    public boolean isCertifierBelowEvaluatingLevel() {
        return certifier != null && certifier.level().ordinal() < rating.getLevel().ordinal();
    }

    /** The authority of the level that evaluated. */
    public Authority getEvaluatingAuthority() {
        for (Authority a : Authority.values()) {
            if (a.level() == rating.getLevel()) {
                return a;
            }
        }
        return null;
    }

    public LegalBasis getCertifyingBasis() {
        return certifier == null ? rating.getCertificationBasis() : certifier.basis();
    }

    /** The gap to the next star (computed once, on first use), or null when not scored by sheets. */
    public Gap getGapToNext() {
        if (!gapComputed) {
            gap = rating.gapAfter(stars);
            gapComputed = true;
        }
        return gap;
    }

    @Override
    public Rulebook rulebook() {
        return rating.rulebook();
    }

    @Override
    public void explain(Reason reason) {
        rating.explain(reason);
    }

    @Override
    public Map<String, Object> messageValues() {
        return rating.messageValues();
    }
}
