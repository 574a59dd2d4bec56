package vn.ocop.core;

import static vn.ocop.core.Ministry.MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT;
import static vn.ocop.core.Ministry.MINISTRY_OF_CULTURE_SPORTS_AND_TOURISM;
import static vn.ocop.core.Ministry.MINISTRY_OF_HEALTH;
import static vn.ocop.core.Ministry.MINISTRY_OF_INDUSTRY_AND_TRADE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * Product set (bộ sản phẩm): the 26 classes of 26/2026/QĐ-TTg Phụ lục I, each scored on its own
 * sheet of Phụ lục II. In JSON and YAML a set is written by its Phụ lục I code ({@code "I.4.b"});
 * the constant name ({@code "FOOD_OTHER_SPICES"}) and the sheet number ({@code "10"}) are accepted
 * too.
 *
 * <p>The code is the decision's own numbering (sector roman numeral, group, subgroup letter);
 * it is not an official product code.
 */
public enum ProductSet {
    FRESH_PRODUCE(1, "I.1.a", Sector.FOOD, "Rau, củ, quả, hạt tươi", "Fresh vegetables, tubers, fruit and nuts",
            "Thực phẩm tươi sống", "Fresh food", MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    FRESH_MEAT_FISH_EGGS_MILK(2, "I.1.b", Sector.FOOD, "Thịt, thủy sản, trứng, sữa tươi",
            "Fresh meat, aquatic products, eggs and milk", "Thực phẩm tươi sống", "Fresh food",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    RICE_GRAINS(3, "I.2.a", Sector.FOOD, "Gạo, ngũ cốc, hạt sơ chế khác", "Rice, cereals and other pre-processed grains",
            "Thực phẩm thô, sơ chế", "Raw and pre-processed food", MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    HONEY_OTHER_RAW(4, "I.2.b", Sector.FOOD, "Mật ong, mật khác và nông sản thực phẩm khác",
            "Honey, other syrups and other agricultural food", "Thực phẩm thô, sơ chế", "Raw and pre-processed food",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    FAST_FOOD(5, "I.3.a", Sector.FOOD, "Đồ ăn nhanh", "Fast food", "Thực phẩm chế biến", "Processed food",
            MINISTRY_OF_INDUSTRY_AND_TRADE),
    PROCESSED_RICE_GRAINS(6, "I.3.b", Sector.FOOD, "Chế biến từ gạo, ngũ cốc", "Processed from rice and cereals",
            "Thực phẩm chế biến", "Processed food", MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT,
            MINISTRY_OF_INDUSTRY_AND_TRADE),
    PROCESSED_PRODUCE(7, "I.3.c", Sector.FOOD, "Chế biến từ rau, củ, quả, hạt",
            "Processed from vegetables, tubers, fruit and nuts", "Thực phẩm chế biến", "Processed food",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    PROCESSED_MEAT_FISH_HONEY(8, "I.3.d", Sector.FOOD,
            "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác",
            "Processed from meat, aquatic products, eggs, milk, honey and other agricultural food",
            "Thực phẩm chế biến", "Processed food", MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT,
            MINISTRY_OF_INDUSTRY_AND_TRADE),
    SAUCES_FISH_SAUCE(9, "I.4.a", Sector.FOOD, "Tương, nước mắm, gia vị dạng lỏng khác",
            "Soy sauce, fish sauce and other liquid condiments", "Gia vị", "Spices and condiments",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    OTHER_SPICES(10, "I.4.b", Sector.FOOD, "Gia vị khác (muối, hành, tỏi, tiêu)",
            "Other spices (salt, shallot, garlic, pepper)", "Gia vị", "Spices and condiments",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    TEA(11, "I.5.a", Sector.FOOD, "Chè tươi, chè chế biến", "Fresh and processed tea", "Chè", "Tea",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    HERBAL_TEA(12, "I.5.b", Sector.FOOD, "Sản phẩm trà từ thực vật khác", "Tea from other plants", "Chè", "Tea",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    COFFEE_COCOA(13, "I.6", Sector.FOOD, "Cà phê, cacao", "Coffee and cocoa", "Cà phê, ca cao", "Coffee and cocoa",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    WHITE_LIQUOR(14, "II.1.a", Sector.BEVERAGES, "Rượu trắng", "White liquor", "Đồ uống có cồn", "Alcoholic drinks",
            MINISTRY_OF_INDUSTRY_AND_TRADE),
    OTHER_ALCOHOLIC(15, "II.1.b", Sector.BEVERAGES, "Đồ uống có cồn khác", "Other alcoholic drinks", "Đồ uống có cồn",
            "Alcoholic drinks", MINISTRY_OF_INDUSTRY_AND_TRADE),
    MINERAL_WATER(16, "II.2.a", Sector.BEVERAGES, "Nước khoáng thiên nhiên, nước uống đóng chai",
            "Natural mineral water and bottled drinking water", "Đồ uống không cồn", "Non-alcoholic drinks",
            MINISTRY_OF_HEALTH),
    OTHER_SOFT_DRINKS(17, "II.2.b", Sector.BEVERAGES, "Đồ uống không cồn khác", "Other non-alcoholic drinks",
            "Đồ uống không cồn", "Non-alcoholic drinks", MINISTRY_OF_INDUSTRY_AND_TRADE),
    FUNCTIONAL_FOOD_HERBAL_MEDICINE(18, "III.1", Sector.HERBAL,
            "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
            "Functional food, herbal and traditional medicines",
            "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền", "Functional food and herbal medicines",
            MINISTRY_OF_HEALTH),
    HERBAL_COSMETICS(19, "III.2", Sector.HERBAL, "Mỹ phẩm có thành phần từ dược liệu",
            "Cosmetics with herbal ingredients", "Mỹ phẩm có thành phần từ dược liệu", "Herbal cosmetics",
            MINISTRY_OF_HEALTH),
    ESSENTIAL_OILS_HERBS(20, "III.3", Sector.HERBAL, "Tinh dầu và dược liệu khác",
            "Essential oils and other medicinal herbs", "Tinh dầu và dược liệu khác", "Essential oils and herbs",
            MINISTRY_OF_HEALTH, MINISTRY_OF_INDUSTRY_AND_TRADE),
    HANDICRAFTS(21, "IV.1", Sector.HANDICRAFT, "Thủ công mỹ nghệ", "Household and decorative handicrafts",
            "Thủ công mỹ nghệ gia dụng, trang trí", "Household and decorative handicrafts",
            MINISTRY_OF_INDUSTRY_AND_TRADE, MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    TEXTILES(22, "IV.2", Sector.HANDICRAFT, "Vải, may mặc", "Fabrics and garments", "Vải, may mặc",
            "Fabrics and garments", MINISTRY_OF_INDUSTRY_AND_TRADE),
    FLOWERS(23, "V.1", Sector.ORNAMENTAL, "Hoa", "Flowers", "Hoa", "Flowers",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    ORNAMENTAL_PLANTS(24, "V.2", Sector.ORNAMENTAL, "Cây cảnh", "Ornamental plants", "Cây cảnh", "Ornamental plants",
            MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    ORNAMENTAL_ANIMALS(25, "V.3", Sector.ORNAMENTAL, "Động vật cảnh", "Ornamental animals", "Động vật cảnh",
            "Ornamental animals", MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT),
    COMMUNITY_TOURISM(26, "VI.1", Sector.TOURISM,
            "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
            "Community tourism, ecotourism and tourist sites",
            "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Tourism services",
            MINISTRY_OF_CULTURE_SPORTS_AND_TOURISM, MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT);

    private final int number;
    private final String code;
    private final Sector sector;
    private final LocalizedText name;
    private final LocalizedText group;
    private final List<Ministry> leadAgencies;

    ProductSet(int number, String code, Sector sector, String vi, String en, String groupVi, String groupEn,
            Ministry... leadAgencies) {
        this.number = number;
        this.code = code;
        this.sector = sector;
        this.name = LocalizedText.of(vi, en);
        this.group = LocalizedText.of(groupVi, groupEn);
        this.leadAgencies = List.of(leadAgencies);
    }

    /** The sheet number in Phụ lục II, 1 to 26. */
    public int number() {
        return number;
    }

    /** The Phụ lục I code, e.g. {@code I.4.b}. */
    @JsonValue
    public String code() {
        return code;
    }

    public Sector sector() {
        return sector;
    }

    /** The set's name as printed on its sheet. */
    public LocalizedText label() {
        return name;
    }

    /** The group (nhóm) the set belongs to. */
    public LocalizedText group() {
        return group;
    }

    /** The lead managing ministries (cơ quan chủ trì quản lý), in the decision's order. */
    public List<Ministry> leadAgencies() {
        return leadAgencies;
    }

    /**
     * Parses a code ({@code I.4.b}), a constant name ({@code OTHER_SPICES}) or a sheet number ({@code 10}).
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    @JsonCreator
    public static ProductSet parse(String value) {
        if (value != null) {
            String v = value.trim();
            for (ProductSet s : values()) {
                if (s.code.equalsIgnoreCase(v) || s.name().equalsIgnoreCase(v) || String.valueOf(s.number).equals(v)) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("productSet must be a Phụ lục I code such as 'I.4.b' (one of "
                + Arrays.stream(values()).map(ProductSet::code).toList() + "), but was '" + value + "'");
    }

    /** The set with the given Phụ lục II sheet number. */
    public static ProductSet byNumber(int number) {
        for (ProductSet s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("product set number must be between 1 and 26, but was " + number);
    }
}
