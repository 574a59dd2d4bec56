package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.Authority;

/**
 * What a finding means for a certificate: whether revocation is proposed, on which ground, by
 * which authority, by when, and why.
 *
 * @param findingId         the finding (empty for a practice revocation of an expired certificate)
 * @param certificateNumber the certificate concerned, when one stands
 * @param proposed          true when the rules propose revocation
 * @param ground            the legal ground, when proposed
 * @param authority         who decides, when proposed
 * @param deadline          the last day to decide (26/2026 Điều 8.4: 15 days), when the period sets one
 * @param rulebookId        the rulebook applied (in force on the finding's date)
 * @param reasons           why, with citations
 */
public record RevocationDecision(Optional<String> findingId, Optional<String> certificateNumber, boolean proposed,
        Optional<RevocationGround> ground, Optional<Authority> authority, Optional<LocalDate> deadline,
        String rulebookId, List<Reason> reasons) {

    public RevocationDecision {
        reasons = ImmutableList.copyOf(reasons);
    }
}
