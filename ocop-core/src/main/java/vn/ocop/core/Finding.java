package vn.ocop.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A conclusion of an inspection or a competent body about a certified product or its producer:
 * the input to revocation. For {@link FindingKind#PRODUCTION_STOPPED} the date is the day the
 * commune confirmed production had stopped; otherwise the day of the competent body's conclusion
 * (26/2026/QĐ-TTg Điều 8.4 counts the 15-day limit from it).
 *
 * @param id                the host system's identifier
 * @param productCode       the product concerned
 * @param certificateNumber the certificate concerned; when empty, the product's certificate in force on the date
 * @param kind              what was found
 * @param body              who concluded (e.g. "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi")
 * @param date              the date of the conclusion (or of the commune's confirmation)
 * @param description       free text, kept for the record
 */
public record Finding(String id, String productCode, Optional<String> certificateNumber, FindingKind kind, String body,
        LocalDate date, String description) {

    public Finding {
        Check.notBlank(id, "finding.id");
        Check.notBlank(productCode, "finding.productCode");
        certificateNumber = certificateNumber == null ? Optional.empty() : certificateNumber;
        Check.notNull(kind, "finding.kind");
        Check.notBlank(body, "finding.body");
        Check.notNull(date, "finding.date");
        description = description == null ? "" : description;
    }

    public Finding(String id, String productCode, FindingKind kind, String body, LocalDate date) {
        this(id, productCode, Optional.empty(), kind, body, date, "");
    }
}
