/** Renderings of the portfolio report: text, CSV and self-contained HTML with SVG charts. */
package vn.ocop.examples.report;
