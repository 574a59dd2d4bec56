package vn.ocop.rules;

/** Why a product on an OCOP sales point's shelf no longer qualifies. */
public enum ShelfProblem {
    /** Shelved as OCOP, but its certificate has expired. */
    CERTIFICATE_EXPIRED,
    /** Shelved as OCOP, but its certificate was revoked. */
    CERTIFICATE_REVOKED,
    /** Shelved as OCOP, but it has no certificate in force (none, not yet issued, or replaced without a successor). */
    NOT_CERTIFIED,
    /** Shelved as CNNTTB, but the award has lapsed (or is not yet issued). */
    AWARD_LAPSED
}
