/**
 * Versioned regulation periods as data: {@link vn.ocop.core.rulebook.Rulebook} (one per decision,
 * with effective dates, bands, authorities, terms, windows, transition rules and the assumptions
 * made where the law is silent), {@link vn.ocop.core.rulebook.Rulebooks} (no gap, no overlap),
 * {@link vn.ocop.core.rulebook.CriteriaSheet} (the scoring sheets of 26/2026 Phụ lục II), and their
 * strict loaders.
 */
package vn.ocop.core.rulebook;
