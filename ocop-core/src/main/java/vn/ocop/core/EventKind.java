package vn.ocop.core;

/** What happened to a certificate; the entries of its append-only {@link CertificateHistory}. */
public enum EventKind {
    /** The recognition decision was issued (the certificate's own data records the date too). */
    ISSUED("Cấp giấy chứng nhận", "Certificate issued"),
    /** The issuing body notified the producer of the coming expiry (148/QĐ-TTg: at least 30 days before). */
    NOTICE_SENT("Đã thông báo hết hạn", "Expiry notice sent"),
    /** The producer filed a re-evaluation dossier. */
    RE_EVALUATION_FILED("Nộp hồ sơ đánh giá lại", "Re-evaluation filed"),
    /** The re-evaluation was decided; {@code reference} names the new certificate, if any. */
    RE_EVALUATED("Đã đánh giá lại", "Re-evaluated"),
    /** An upgrade was decided; {@code reference} names the new certificate. */
    UPGRADED("Nâng hạng", "Upgraded"),
    /** The certificate was revoked; {@code reference} names the revocation decision. */
    REVOKED("Thu hồi", "Revoked"),
    /** The certificate lapsed at the end of its term (recorded by the host, or derived). */
    EXPIRED("Hết hiệu lực", "Expired");

    private final LocalizedText label;

    EventKind(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    public LocalizedText label() {
        return label;
    }
}
