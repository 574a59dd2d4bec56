package vn.ocop.core;

/** Kind of dossier (Mẫu 01: "Lần đầu / Nâng hạng / Đánh giá lại"); 26/2026/QĐ-TTg Điều 6.1. */
public enum EvaluationKind {
    /** Đánh giá, phân hạng lần đầu — first evaluation. */
    FIRST("Đánh giá lần đầu", "First evaluation"),
    /** Đánh giá, nâng hạng — upgrade, with evidence of the changes since recognition. */
    UPGRADE("Nâng hạng", "Upgrade"),
    /** Đánh giá, phân hạng lại — re-evaluation at the end of the certificate's term. */
    RE_EVALUATION("Đánh giá lại", "Re-evaluation"),
    /** Tự đánh giá — the producer's own self-assessment (Mẫu 02); never certified. */
    SELF_ASSESSMENT("Tự đánh giá", "Self-assessment");

    private final LocalizedText label;

    EvaluationKind(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    public LocalizedText label() {
        return label;
    }
}
