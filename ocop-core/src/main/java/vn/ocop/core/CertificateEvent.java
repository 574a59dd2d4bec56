package vn.ocop.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of a certificate's history.
 *
 * @param certificateNumber the certificate it concerns
 * @param kind              what happened
 * @param date              when
 * @param reference         a decision number, a dossier number or the new certificate's number, when relevant
 * @param note              free text
 */
public record CertificateEvent(String certificateNumber, EventKind kind, LocalDate date, Optional<String> reference,
        String note) {

    public CertificateEvent {
        Check.notBlank(certificateNumber, "event.certificateNumber");
        Check.notNull(kind, "event.kind");
        Check.notNull(date, "event.date");
        reference = reference == null ? Optional.empty() : reference;
        note = note == null ? "" : note;
    }

    public CertificateEvent(String certificateNumber, EventKind kind, LocalDate date) {
        this(certificateNumber, kind, date, Optional.empty(), "");
    }
}
