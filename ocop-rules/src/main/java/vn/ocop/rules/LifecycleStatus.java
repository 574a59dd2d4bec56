package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.Authority;

/**
 * A certificate on a date: its state, when it expires, where the re-evaluation window stands,
 * whether the OCOP mark may be used, what is due, and why.
 *
 * @param certificateNumber the certificate
 * @param stars             its stars
 * @param issuedUnder       the rulebook it was issued under (its term comes from it, 26/2026 Điều 12.1)
 * @param inForce           the rulebook in force on the as-of date (its procedures apply)
 * @param state             the state
 * @param expiryDate        the first day it is no longer valid by its term
 * @param daysLeft          days from the as-of date to the expiry date (negative when past)
 * @param window            the re-evaluation filing window's state
 * @param windowOpens       the first day a re-evaluation may be filed, when a window applies
 * @param windowCloses      the last day a re-evaluation may be filed, when a window applies
 * @param graceUntil        the last day of grace, when in grace or when grace would apply
 * @param markUsable        whether the OCOP mark and star may be used on the as-of date
 * @param revokingAuthority who would revoke or re-evaluate it now
 * @param supersededBy      the newer certificate, when superseded
 * @param dueActions        what is due, by whom, by when
 * @param reasons           why, with citations
 */
public record LifecycleStatus(String certificateNumber, int stars, String issuedUnder, String inForce,
        LifecycleState state, LocalDate expiryDate, long daysLeft, WindowState window,
        Optional<LocalDate> windowOpens, Optional<LocalDate> windowCloses, Optional<LocalDate> graceUntil,
        boolean markUsable, Optional<Authority> revokingAuthority, Optional<String> supersededBy,
        List<DueAction> dueActions, List<Reason> reasons) {

    public LifecycleStatus {
        dueActions = ImmutableList.copyOf(dueActions);
        reasons = ImmutableList.copyOf(reasons);
    }

    /** The last day the certificate is valid by its term (the day before {@link #expiryDate()}). */
    public LocalDate lastValidDay() {
        return expiryDate.minusDays(1);
    }
}
