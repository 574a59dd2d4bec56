package vn.ocop.core;

/**
 * Level at which an evaluation takes place (cấp đánh giá). Which levels exist depends on the
 * period: 148/QĐ-TTg had district councils; 1489/QĐ-TTg (6 July 2025) and 26/2026/QĐ-TTg have
 * a commune pre-assessment, the province and the centre.
 */
public enum EvaluationLevel {
    /** UBND cấp xã — pre-assesses some contents and forwards; does not rate (26/2026 Điều 7.2). */
    COMMUNE("Cấp xã", "Commune"),
    /** Hội đồng cấp huyện — until the district level was abolished (1 July 2025). */
    DISTRICT("Cấp huyện", "District"),
    /** Hội đồng cấp tỉnh. */
    PROVINCE("Cấp tỉnh", "Province"),
    /** Hội đồng cấp trung ương. */
    CENTRAL("Cấp trung ương", "Central");

    private final LocalizedText label;

    EvaluationLevel(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    public LocalizedText label() {
        return label;
    }
}
