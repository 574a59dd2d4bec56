package vn.ocop.core;

/**
 * Where an OCOP sales point (điểm giới thiệu và bán sản phẩm OCOP) stands: the busy places listed
 * by Decision 950/QĐ-BCT (18/4/2023) for 2021–2025.
 */
public enum SalesPointCategory {
    /** Railway stations, airports, bus and ferry terminals. */
    TRANSPORT_HUB("nhà ga, sân bay, bến xe, bến tàu", "station, airport, bus or ferry terminal"),
    /** Highway rest stops. */
    HIGHWAY_REST_STOP("trạm dừng nghỉ trên đường cao tốc, quốc lộ", "highway rest stop"),
    /** Shopping malls, supermarkets, markets. */
    SHOP_OR_MARKET("trung tâm thương mại, siêu thị, chợ", "mall, supermarket or market"),
    /** Tourist sites, hotels, restaurants. */
    TOURISM("khu, điểm du lịch, khách sạn, nhà hàng", "tourist site, hotel or restaurant"),
    /** Craft villages. */
    CRAFT_VILLAGE("làng nghề", "craft village"),
    /** Commercial centres of a district or commune, industrial clusters. */
    LOCAL_COMMERCIAL_CENTRE("trung tâm thương mại huyện, xã, cụm công nghiệp", "local commercial centre or industrial cluster"),
    /** Fair and exhibition centres. */
    FAIR_CENTRE("trung tâm hội chợ, triển lãm", "fair or exhibition centre"),
    /** Post offices and commune cultural post offices. */
    POST_OFFICE("bưu cục, điểm bưu điện văn hóa xã", "post office");

    private final String vi;
    private final String en;

    SalesPointCategory(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The category in Vietnamese. */
    public String vi() {
        return vi;
    }

    /** The category in English. */
    public String en() {
        return en;
    }
}
