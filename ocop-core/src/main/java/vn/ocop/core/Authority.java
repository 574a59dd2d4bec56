package vn.ocop.core;

/**
 * A body that certifies or revokes (cấp có thẩm quyền). Which one acts for which star is
 * rulebook data; see the rulebook YAML files.
 */
public enum Authority {
    /** Chủ tịch UBND cấp huyện — certified 3★ under 148/QĐ-TTg until 1 July 2025. */
    DISTRICT_PEOPLES_COMMITTEE("Chủ tịch UBND cấp huyện", "Chairman of the district People's Committee",
            EvaluationLevel.DISTRICT),
    /** Chủ tịch UBND cấp tỉnh. */
    PROVINCIAL_PEOPLES_COMMITTEE("Chủ tịch UBND cấp tỉnh", "Chairman of the provincial People's Committee",
            EvaluationLevel.PROVINCE),
    /**
     * Bộ trưởng Bộ Nông nghiệp và Môi trường (before 1 March 2025: Bộ Nông nghiệp và Phát triển
     * nông thôn).
     */
    MINISTER_OF_AGRICULTURE("Bộ trưởng Bộ Nông nghiệp và Môi trường",
            "Minister of Agriculture and Environment", EvaluationLevel.CENTRAL);

    private final LocalizedText label;
    private final EvaluationLevel level;

    Authority(String vi, String en, EvaluationLevel level) {
        this.label = LocalizedText.of(vi, en);
        this.level = level;
    }

    public LocalizedText label() {
        return label;
    }

    /** The level this authority belongs to. */
    public EvaluationLevel level() {
        return level;
    }
}
