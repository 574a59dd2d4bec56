package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.TraceabilityKind;

/**
 * A problem with the traceability code of a certified product, found by a provincial rule set
 * (e.g. {@code province-quang-ngai}).
 *
 * @param certificate          the certificate concerned (in term on the date)
 * @param kind                 barcode or QR code
 * @param problem              what is wrong
 * @param codeValidUntil       the code's last valid day, when it has one
 * @param certificateValidUntil the certificate's last valid day
 * @param reasons              why, with citations
 */
public record TraceabilityFlag(String certificate, TraceabilityKind kind, TraceabilityProblem problem,
        Optional<LocalDate> codeValidUntil, LocalDate certificateValidUntil, List<Reason> reasons) {

    public TraceabilityFlag {
        codeValidUntil = codeValidUntil == null ? Optional.empty() : codeValidUntil;
        reasons = ImmutableList.copyOf(reasons);
    }
}
