/**
 * Score arithmetic, no legal judgement: exact council averages ({@link vn.ocop.core.scoring.Average}),
 * sheets added up option by option ({@link vn.ocop.core.scoring.SheetScorer}), starred minimums
 * missing, and the gap to the next star ({@link vn.ocop.core.scoring.Gap}).
 */
package vn.ocop.core.scoring;
