package vn.ocop.rules;

/** The questions the library answers; each reason belongs to one. */
public enum Topic {
    /** What star does an evaluation give, who certifies it. */
    RATING,
    /** Is a certificate valid on a date; what is due. */
    LIFECYCLE,
    /** Must a certificate be revoked, on which ground, by whom, by when. */
    REVOCATION,
    /** May the product apply for a higher star now. */
    UPGRADE,
    /** Which evaluation round a dossier falls into; which reports are due. */
    CALENDAR,
    /** Do the product's barcode and QR traceability code meet the province's conditions. */
    TRACEABILITY,
    /** Is a rural industrial product award (CNNTTB) valid on a date. */
    CNNTTB,
    /** May a product be sold at an OCOP sales point. */
    SALES_POINT
}
