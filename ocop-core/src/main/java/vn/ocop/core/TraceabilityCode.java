package vn.ocop.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A barcode or QR traceability code issued for a product, and the account that runs it. Quảng
 * Ngãi requires both for every product entering the OCOP cycle from 2024, valid at least as long
 * as the certificate (36 months), with the account handed over to the producer (letter of the
 * provincial Department of Agriculture, 9/2024, item 2); the optional rule set
 * {@code province-quang-ngai} checks them.
 *
 * @param productCode       the product it is issued for
 * @param kind              barcode or QR code
 * @param code              the code itself, for the record (e.g. the GTIN or the QR URL); may be empty
 * @param issuedOn          when it was issued
 * @param validUntil        its last valid day (the paid-up term of the code or its account); empty when unlimited
 * @param accountHandedOver whether the account was handed over to the producer to run and update
 */
public record TraceabilityCode(String productCode, TraceabilityKind kind, String code, LocalDate issuedOn,
        Optional<LocalDate> validUntil, boolean accountHandedOver) {

    public TraceabilityCode {
        Check.notBlank(productCode, "traceabilityCode.productCode");
        Check.notNull(kind, "traceabilityCode.kind");
        code = code == null ? "" : code;
        Check.notNull(issuedOn, "traceabilityCode.issuedOn");
        validUntil = validUntil == null ? Optional.empty() : validUntil;
        if (validUntil.isPresent() && validUntil.get().isBefore(issuedOn)) {
            throw new IllegalArgumentException("traceabilityCode.validUntil must not be before issuedOn " + issuedOn
                    + ", but was " + validUntil.get());
        }
    }

    /** True when the code still works on {@code date}. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(issuedOn) && validUntil.map(u -> !date.isAfter(u)).orElse(true);
    }
}
