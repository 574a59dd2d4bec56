package vn.ocop.core;

/**
 * What an inspection or a competent body concluded about a certified product or its producer
 * (kết luận). These are facts; the revocation rules decide the legal ground they fall under
 * (26/2026/QĐ-TTg Điều 8.1 a–e, or a province's practice under 148/QĐ-TTg).
 */
public enum FindingKind {
    /** Untruthful information or falsified dossier (Điều 8.1.a). */
    FALSIFIED_DOSSIER("Cung cấp thông tin không trung thực hoặc giả mạo hồ sơ", "Untruthful information or falsified dossier"),
    /** The product no longer meets the criteria, per an inspection conclusion (Điều 8.1.b). */
    CRITERIA_NO_LONGER_MET("Sản phẩm không còn đáp ứng các tiêu chí", "Product no longer meets the criteria"),
    /** Failed the starred minimums when re-evaluated (Đồng Tháp practice; Điều 8.1.b). */
    FAILED_MINIMUMS_AT_REEVALUATION("Không đáp ứng tiêu chí bắt buộc khi đánh giá lại",
            "Failed the mandatory criteria at re-evaluation"),
    /** Production differs from the declared process (Hà Tĩnh practice under 148; Điều 8.1.b). */
    PROCESS_NOT_FOLLOWED("Không thực hiện đúng quy trình sản xuất đã công bố", "Declared production process not followed"),
    /** Quality or design differs from the certified product (practice under 148; Điều 8.1.b). */
    PRODUCT_DIFFERS_FROM_CERTIFIED("Chất lượng, mẫu mã khác với sản phẩm được công nhận",
            "Quality or design differs from the certified product"),
    /** Missing quality, traceability or process records (practice under 148; Điều 8.1.b). */
    RECORDS_MISSING("Thiếu hồ sơ chất lượng, truy xuất nguồn gốc, quy trình", "Quality, traceability or process records missing"),
    /** Breach of law on quality or food safety (Điều 8.1.c). */
    QUALITY_OR_FOOD_SAFETY_VIOLATION("Vi phạm pháp luật về chất lượng sản phẩm, an toàn thực phẩm",
            "Breach of quality or food-safety law"),
    /** Breach of environmental law (Điều 8.1.c). */
    ENVIRONMENT_VIOLATION("Vi phạm pháp luật về bảo vệ môi trường", "Breach of environmental law"),
    /** Breach of intellectual-property law (Điều 8.1.c). */
    INTELLECTUAL_PROPERTY_VIOLATION("Vi phạm pháp luật về sở hữu trí tuệ", "Breach of intellectual-property law"),
    /** Breach of labelling law (Điều 8.1.c). */
    LABELLING_VIOLATION("Vi phạm pháp luật về ghi nhãn hàng hóa", "Breach of labelling law"),
    /** Breach of other relevant law (Điều 8.1.c). */
    OTHER_LEGAL_VIOLATION("Vi phạm quy định pháp luật khác có liên quan", "Breach of other relevant law"),
    /** Misuse of the OCOP mark, misleading about the recognised product (Điều 8.1.d). */
    MARK_MISUSE("Sử dụng nhãn hiệu OCOP không đúng quy định", "Misuse of the OCOP mark"),
    /** The producer no longer produces the product, confirmed by the commune (Điều 8.1.đ). */
    PRODUCTION_STOPPED("Chủ thể không còn hoạt động sản xuất sản phẩm OCOP", "Producer no longer produces the product"),
    /** The facility's operations were suspended (practice under 148; Điều 8.1.đ). */
    OPERATIONS_SUSPENDED("Cơ sở tạm ngừng hoạt động", "Facility operations suspended"),
    /** Another competent state body concluded and proposed revocation (Điều 8.1.e). */
    OTHER_COMPETENT_BODY_PROPOSAL("Kết luận và đề nghị khác của cơ quan nhà nước có thẩm quyền",
            "Other conclusion and proposal of a competent state body"),
    /** Ministry found the provincial evaluation was not run lawfully (Điều 10.1.b). */
    EVALUATION_NOT_LAWFUL("Đánh giá, phân hạng không đúng quy định", "Evaluation not run according to the rules");

    private final LocalizedText label;

    FindingKind(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    public LocalizedText label() {
        return label;
    }
}
