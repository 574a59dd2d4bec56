/**
 * Runnable examples of embedding ocop: {@link vn.ocop.examples.Quickstart} (rate an evaluation),
 * {@link vn.ocop.examples.CertificateCheckExample} (may the OCOP mark be shown today?),
 * {@link vn.ocop.examples.ReloadExample} (put a rule author's changes into service safely).
 * The command-line tool is in {@code vn.ocop.examples.cli}, reports in {@code vn.ocop.examples.report},
 * benchmarks in {@code vn.ocop.examples.bench}.
 */
package vn.ocop.examples;
