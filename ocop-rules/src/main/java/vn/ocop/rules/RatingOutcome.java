package vn.ocop.rules;

/** What became of an evaluation. */
public enum RatingOutcome {
    /** A star was awarded (1 to 5; certifiable or not — see {@link RatingDecision#certifiable()}). */
    RATED,
    /** Forwarded to a higher level before any certification at this level (e.g. potential 5★). */
    FORWARDED,
    /** The dossier was rejected by a knock-out condition, whatever the score. */
    REJECTED,
    /** The score reached a band but a starred minimum was missing, under the NOT_ACHIEVED policy. */
    NOT_ACHIEVED,
    /** Not rated at this level (a commune pre-assessment, or a level the period does not have). */
    NOT_RATED,
    /** Filed but not yet scored. */
    PENDING
}
