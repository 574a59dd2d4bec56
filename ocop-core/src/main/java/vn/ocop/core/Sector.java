package vn.ocop.core;

/** The six sectors (ngành / nhóm sản phẩm) of 26/2026/QĐ-TTg Điều 2.2 and Phụ lục I. */
public enum Sector {
    FOOD("I", "Thực phẩm", "Food"),
    BEVERAGES("II", "Đồ uống", "Beverages"),
    HERBAL("III", "Dược liệu và sản phẩm từ dược liệu", "Medicinal herbs and herbal products"),
    HANDICRAFT("IV", "Hàng thủ công mỹ nghệ", "Handicrafts"),
    ORNAMENTAL("V", "Sinh vật cảnh", "Ornamental plants and animals"),
    TOURISM("VI", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
            "Community tourism, ecotourism and tourist sites");

    private final String numeral;
    private final LocalizedText label;

    Sector(String numeral, String vi, String en) {
        this.numeral = numeral;
        this.label = LocalizedText.of(vi, en);
    }

    /** The roman numeral of the sector in Phụ lục I. */
    public String numeral() {
        return numeral;
    }

    public LocalizedText label() {
        return label;
    }
}
