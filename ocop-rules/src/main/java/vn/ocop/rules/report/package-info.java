/**
 * The portfolio summary provincial offices write ({@link vn.ocop.rules.report.PortfolioReport}),
 * computed from the rules' assessments by {@link vn.ocop.rules.report.PortfolioReporter}.
 */
package vn.ocop.rules.report;
