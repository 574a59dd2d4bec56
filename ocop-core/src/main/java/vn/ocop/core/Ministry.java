package vn.ocop.core;

/** Lead managing ministries (cơ quan chủ trì quản lý) named in 26/2026/QĐ-TTg Phụ lục I. */
public enum Ministry {
    MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment"),
    MINISTRY_OF_INDUSTRY_AND_TRADE("Bộ Công Thương", "Ministry of Industry and Trade"),
    MINISTRY_OF_HEALTH("Bộ Y tế", "Ministry of Health"),
    MINISTRY_OF_CULTURE_SPORTS_AND_TOURISM("Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism");

    private final LocalizedText label;

    Ministry(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    public LocalizedText label() {
        return label;
    }
}
