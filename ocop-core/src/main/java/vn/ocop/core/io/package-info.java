/**
 * Strict JSON and YAML: {@link vn.ocop.core.io.PortfolioIO} for portfolio files,
 * {@link vn.ocop.core.io.StrictReader} for any of the library's types. Every failure is an
 * {@link vn.ocop.core.InvalidInputException} naming the file, the line, the key and what was
 * expected; a misspelled key gets the closest known key as a hint.
 */
package vn.ocop.core.io;
