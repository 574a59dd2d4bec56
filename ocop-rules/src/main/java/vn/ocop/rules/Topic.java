package vn.ocop.rules;

/** The four questions the library answers; each reason belongs to one. */
public enum Topic {
    /** What star does an evaluation give, who certifies it. */
    RATING,
    /** Is a certificate valid on a date; what is due. */
    LIFECYCLE,
    /** Must a certificate be revoked, on which ground, by whom, by when. */
    REVOCATION,
    /** May the product apply for a higher star now. */
    UPGRADE
}
