package vn.ocop.rules;

/** Where a certificate stands on a date. */
public enum LifecycleState {
    /** The as-of date is before the recognition decision. */
    NOT_YET_ISSUED,
    /** In its term. */
    VALID,
    /** Past its term, kept valid while a re-evaluation is pending (26/2026 Điều 12.3). */
    IN_GRACE,
    /** Past its term (and any grace). */
    EXPIRED,
    /** Revoked by the competent authority. */
    REVOKED,
    /** Replaced by a newer certificate for the same product (re-evaluation or upgrade). */
    SUPERSEDED
}
