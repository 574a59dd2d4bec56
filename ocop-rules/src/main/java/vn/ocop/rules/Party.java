package vn.ocop.rules;

import vn.ocop.core.LocalizedText;

/** Who must act. */
public enum Party {
    /** The producer (chủ thể OCOP). */
    PRODUCER("Chủ thể OCOP", "Producer"),
    /** The body that issued the certificate. */
    ISSUING_BODY("Cơ quan cấp giấy chứng nhận", "Issuing body"),
    /** The OCOP management agency (cơ quan tham mưu quản lý OCOP), provincial or ministerial. */
    OCOP_AGENCY("Cơ quan tham mưu quản lý OCOP", "OCOP management agency"),
    /** The competent authority named in the action. */
    AUTHORITY("Cấp có thẩm quyền", "Competent authority");

    private final LocalizedText label;

    Party(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    public LocalizedText label() {
        return label;
    }
}
