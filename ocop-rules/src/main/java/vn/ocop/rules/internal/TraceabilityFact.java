package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.TraceabilityCode;
import vn.ocop.core.TraceabilityKind;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.Reason;
import vn.ocop.rules.TraceabilityFlag;
import vn.ocop.rules.TraceabilityProblem;

/**
 * One kind of traceability code (barcode or QR code) of a certificate in force, as a provincial
 * rule set sees it ({@code province-quang-ngai.drl}): is there one, does it last as long as the
 * certificate, was its account handed over. Inserted only when such a rule set is switched on.
 */
public final class TraceabilityFact implements Explained {
    private final CertificateFact certificate;
    private final TraceabilityKind kind;
    private final TraceabilityCode code;
    private final Rulebook rulebook;
    private final List<TraceabilityFlag> flags = new ArrayList<>(1);
    /** The problem the rule firing now has found; its reason, which comes right after, completes the flag. */
    private TraceabilityProblem pending;

    /**
     * @param certificate the certificate (in force on the as-of date)
     * @param kind        which code
     * @param code        the product's code of that kind that lasts longest, or null when it has none
     * @param rulebook    the rulebook in force on the as-of date
     */
    public TraceabilityFact(CertificateFact certificate, TraceabilityKind kind, TraceabilityCode code,
            Rulebook rulebook) {
        this.certificate = certificate;
        this.kind = kind;
        this.code = code;
        this.rulebook = rulebook;
    }

    // ------------------------------------------------------------------ facts read by the rules

    public String getCertificateNumber() {
        return certificate.getNumber();
    }

    /** The year of the certificate's decision: the province's condition applies to products entering the cycle from 2024. */
    public int getDecisionYear() {
        return certificate.getDecisionDate().getYear();
    }

    public TraceabilityKind getKind() {
        return kind;
    }

    public boolean isMissing() {
        return code == null;
    }

    /** The code has an end date before the certificate's last valid day. */
    public boolean isLapsesFirst() {
        return code != null && code.validUntil().isPresent()
                && code.validUntil().get().isBefore(certificate.getLastValidDay());
    }

    public boolean isHandedOver() {
        return code != null && code.accountHandedOver();
    }

    public LocalDate getCodeValidUntil() {
        return code == null ? null : code.validUntil().orElse(null);
    }

    public LocalDate getCertificateValidUntil() {
        return certificate.getLastValidDay();
    }

    // ------------------------------------------------------------------ decisions

    /** Called by a rule that finds a problem; one fact may have several (lapsing and not handed over). */
    public void flag(TraceabilityProblem p) {
        this.pending = p;
    }

    /** The flags raised, each with the reason of the rule that raised it. */
    public List<TraceabilityFlag> toFlags() {
        return flags;
    }

    @Override
    public Rulebook rulebook() {
        return rulebook;
    }

    @Override
    public void explain(Reason reason) {
        if (pending != null) {
            flags.add(new TraceabilityFlag(certificate.getNumber(), kind, pending,
                    code == null ? Optional.empty() : code.validUntil(), certificate.getLastValidDay(),
                    List.of(reason)));
            pending = null;
        }
    }

    @Override
    public Map<String, Object> messageValues() {
        return Map.of("number", certificate.getNumber(), "kindVi", kind == TraceabilityKind.BARCODE ? "mã vạch"
                : "mã QR truy xuất nguồn gốc", "kindEn", kind == TraceabilityKind.BARCODE ? "barcode"
                : "QR traceability code");
    }
}
