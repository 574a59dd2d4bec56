/**
 * The OCOP domain in plain Java: producers ({@link vn.ocop.core.Producer}, chủ thể), products and
 * their product sets ({@link vn.ocop.core.Product}, {@link vn.ocop.core.ProductSet}, bộ sản phẩm),
 * evaluations ({@link vn.ocop.core.Evaluation}, đánh giá, phân hạng), certificates
 * ({@link vn.ocop.core.Certificate}, giấy chứng nhận), findings ({@link vn.ocop.core.Finding}, kết
 * luận kiểm tra) and the append-only {@link vn.ocop.core.CertificateHistory}.
 *
 * <p>Records and enums, validated on construction: a bad value is an
 * {@link java.lang.IllegalArgumentException} whose message names the field and the value. No rule
 * lives here; the rules are in {@code ocop-rules}.
 */
package vn.ocop.core;
