package vn.ocop.rules.internal;

import java.util.Map;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.Reason;

/**
 * A fact whose rules' firings become {@link Reason}s: the first fact a rule matches must be one,
 * so the {@link ReasonListener} knows where the reason goes and which rulebook's assumptions it
 * may cite.
 */
public interface Explained {
    /** The rulebook the fact is judged under. */
    Rulebook rulebook();

    /** Adds a reason to the decision this fact feeds. */
    void explain(Reason reason);

    /** Values a message template may use besides the rule's bound variables; empty by default. */
    default Map<String, Object> messageValues() {
        return Map.of();
    }

    /** A basis a rule may cite by name ({@code @basis("fact:name")}); none by default. */
    default LegalBasis basis(String name) {
        throw new IllegalArgumentException(getClass().getSimpleName() + " has no basis named '" + name + "'");
    }
}
