package vn.ocop.rules;

/** What is wrong with a product's barcode or QR traceability code under a provincial rule set. */
public enum TraceabilityProblem {
    /** The product has no code of this kind. */
    MISSING,
    /** The code (or its account) lapses before the certificate does. */
    LAPSES_BEFORE_CERTIFICATE,
    /** The account was not handed over to the producer. */
    ACCOUNT_NOT_HANDED_OVER
}
