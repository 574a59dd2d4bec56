package vn.ocop.core;

/** The kinds of traceability code a province may require on an OCOP product. */
public enum TraceabilityKind {
    /** A product barcode (mã vạch). */
    BARCODE,
    /** A QR traceability code (mã QR code truy xuất nguồn gốc) and the account behind it. */
    QR_CODE
}
