package vn.ocop.core;

/**
 * The levels of the rural industrial product award (sản phẩm công nghiệp nông thôn tiêu biểu,
 * CNNTTB), run by the Ministry of Industry and Trade under Circular 26/2014/TT-BCT as amended by
 * 14/2018/TT-BCT. Each level above the province needs a still-valid award of the level below.
 */
public enum CnnttbLevel {
    /** Provincial (cấp tỉnh): the provincial People's Committee, with the Department of Industry and Trade. */
    PROVINCE("cấp tỉnh", "provincial"),
    /** Regional (cấp khu vực): the ministry's regional round (Cục Công nghiệp địa phương). */
    REGION("cấp khu vực", "regional"),
    /** National (cấp quốc gia). */
    NATIONAL("cấp quốc gia", "national");

    private final String vi;
    private final String en;

    CnnttbLevel(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The level below, if any. */
    public java.util.Optional<CnnttbLevel> below() {
        return ordinal() == 0 ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() - 1]);
    }

    /** The name in Vietnamese, e.g. "cấp khu vực". */
    public String vi() {
        return vi;
    }

    /** The name in English, e.g. "regional". */
    public String en() {
        return en;
    }
}
