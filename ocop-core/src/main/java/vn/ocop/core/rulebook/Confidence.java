package vn.ocop.core.rulebook;

/**
 * How sure the project is of a legal fact, as marked in the domain notes: read in the legal text
 * itself or in two consistent sources ({@link #HIGH}), one reasonable source or an unofficial copy
 * ({@link #MEDIUM}), or inferred ({@link #LOW}).
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
