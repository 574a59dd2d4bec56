/**
 * The generator of the synthetic Quảng Ngãi sample portfolios in {@code ocop-examples/data}
 * ({@link vn.ocop.examples.sample.QuangNgaiSample}): deterministic, seeded, and built so that
 * the counts of the provincial reports it imitates hold exactly.
 */
package vn.ocop.examples.sample;
