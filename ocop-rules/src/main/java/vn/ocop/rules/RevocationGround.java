package vn.ocop.rules;

import vn.ocop.core.LocalizedText;

/**
 * The legal ground of a revocation: 26/2026/QĐ-TTg Điều 8.1 points a to e, or a ground used in
 * provincial practice under 148/QĐ-TTg (domain notes §4.2), applied only when a province switches
 * that rule set on.
 */
public enum RevocationGround {
    /** Điều 8.1.a. */
    FALSIFIED_DOSSIER("Cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ",
            "Untruthful information or falsified dossier"),
    /** Điều 8.1.b. */
    CRITERIA_NO_LONGER_MET("Sản phẩm không còn đáp ứng các tiêu chí theo Bộ tiêu chí OCOP",
            "The product no longer meets the OCOP criteria"),
    /** Điều 8.1.c. */
    LEGAL_VIOLATION("Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn hoặc pháp luật khác",
            "Breach of law on quality, food safety, environment, IP, labelling or other law"),
    /** Điều 8.1.d. */
    MARK_MISUSE("Sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn", "Misuse of the OCOP mark, misleading"),
    /** Điều 8.1.đ. */
    PRODUCTION_STOPPED("Chủ thể OCOP không còn hoạt động sản xuất sản phẩm OCOP", "The producer no longer produces it"),
    /** Điều 8.1.e. */
    OTHER_COMPETENT_BODY("Trường hợp khác theo kết luận và đề nghị của cơ quan nhà nước có thẩm quyền",
            "Other case concluded and proposed by a competent state body"),
    /** Practice under 148: process or food-safety breach (Hà Tĩnh QĐ 3763/QĐ-UBND 2021). */
    PRACTICE_PROCESS_OR_SAFETY_BREACH("Không thực hiện đúng quy trình sản xuất, vi phạm an toàn thực phẩm",
            "Production process not followed or food-safety breach"),
    /** Practice under 148: quality or design differs from the certified product. */
    PRACTICE_PRODUCT_CHANGED("Sản xuất sản phẩm có chất lượng, mẫu mã khác với sản phẩm được công nhận",
            "Product of a quality or design different from the certified one"),
    /** Practice under 148: quality, traceability or process records missing. */
    PRACTICE_RECORDS_MISSING("Không có hồ sơ chất lượng, truy xuất nguồn gốc, quy trình sản xuất",
            "Quality, traceability or process records missing"),
    /** Practice under 148: the facility suspended operations. */
    PRACTICE_OPERATIONS_SUSPENDED("Cơ sở tạm ngừng hoạt động", "Facility suspended operations"),
    /** Practice under 148: failed the mandatory 3★ criteria at re-evaluation (Đồng Tháp). */
    PRACTICE_FAILED_MINIMUMS("Không đáp ứng tiêu chí bắt buộc của sản phẩm OCOP 3 sao khi đánh giá lại",
            "Failed the mandatory 3★ criteria at re-evaluation"),
    /**
     * Practice under 148: not meeting standards, food hygiene and safety, market-circulation conditions,
     * competitiveness or other criteria of 148 (Quảng Ngãi, Sở Nông nghiệp và PTNT, 9/2024).
     */
    PRACTICE_STANDARDS_NOT_MET("Không đảm bảo tiêu chuẩn, chất lượng, an toàn thực phẩm, điều kiện lưu thông hoặc các tiêu chí khác",
            "Standards, quality, food safety, market-circulation conditions or other criteria not met"),
    /** Practice under 148: certificate expired without re-evaluation (Đồng Tháp). */
    PRACTICE_EXPIRED_NOT_REEVALUATED("Hết thời hạn 36 tháng nhưng không đánh giá lại",
            "Expired after 36 months without re-evaluation");

    private final LocalizedText label;

    RevocationGround(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    public LocalizedText label() {
        return label;
    }

    /** True for the grounds of provincial practice under 148 rather than a national list. */
    public boolean practice() {
        return name().startsWith("PRACTICE_");
    }
}
