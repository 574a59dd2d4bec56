/** The {@code ocop} command line (picocli): assess, report, explain, validate, test, compare, bench. */
package vn.ocop.examples.cli;
