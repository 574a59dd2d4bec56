package vn.ocop.rules.internal;

import java.util.Map;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.Reason;
import vn.ocop.rules.RevocationGround;

/**
 * Inferred by the revocation rules: a case falls under a ground. The authority and deadline
 * rules act on it.
 */
public final class RevocationProposal implements Explained {
    private final RevocationCase target;
    private final RevocationGround ground;

    public RevocationProposal(RevocationCase target, RevocationGround ground) {
        this.target = target;
        this.ground = ground;
    }

    public RevocationCase getTarget() {
        return target;
    }

    public RevocationGround getGround() {
        return ground;
    }

    /** The finding behind it, or null for a practice revocation of an expired certificate. */
    public FindingFact getFinding() {
        return target instanceof FindingFact f ? f : null;
    }

    @Override
    public Rulebook rulebook() {
        return target.rulebook();
    }

    @Override
    public void explain(Reason reason) {
        target.explain(reason);
    }

    @Override
    public Map<String, Object> messageValues() {
        return target.messageValues();
    }
}
