package vn.ocop.examples.sample;

import static vn.ocop.core.ProductSet.COFFEE_COCOA;
import static vn.ocop.core.ProductSet.COMMUNITY_TOURISM;
import static vn.ocop.core.ProductSet.ESSENTIAL_OILS_HERBS;
import static vn.ocop.core.ProductSet.FAST_FOOD;
import static vn.ocop.core.ProductSet.FLOWERS;
import static vn.ocop.core.ProductSet.FRESH_MEAT_FISH_EGGS_MILK;
import static vn.ocop.core.ProductSet.FRESH_PRODUCE;
import static vn.ocop.core.ProductSet.FUNCTIONAL_FOOD_HERBAL_MEDICINE;
import static vn.ocop.core.ProductSet.HANDICRAFTS;
import static vn.ocop.core.ProductSet.HERBAL_COSMETICS;
import static vn.ocop.core.ProductSet.HERBAL_TEA;
import static vn.ocop.core.ProductSet.HONEY_OTHER_RAW;
import static vn.ocop.core.ProductSet.MINERAL_WATER;
import static vn.ocop.core.ProductSet.ORNAMENTAL_ANIMALS;
import static vn.ocop.core.ProductSet.ORNAMENTAL_PLANTS;
import static vn.ocop.core.ProductSet.OTHER_ALCOHOLIC;
import static vn.ocop.core.ProductSet.OTHER_SOFT_DRINKS;
import static vn.ocop.core.ProductSet.OTHER_SPICES;
import static vn.ocop.core.ProductSet.PROCESSED_MEAT_FISH_HONEY;
import static vn.ocop.core.ProductSet.PROCESSED_PRODUCE;
import static vn.ocop.core.ProductSet.PROCESSED_RICE_GRAINS;
import static vn.ocop.core.ProductSet.RICE_GRAINS;
import static vn.ocop.core.ProductSet.SAUCES_FISH_SAUCE;
import static vn.ocop.core.ProductSet.TEA;
import static vn.ocop.core.ProductSet.TEXTILES;
import static vn.ocop.core.ProductSet.WHITE_LIQUOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.core.ProductSet;

/**
 * The sample's geography and product catalogue: the 13 former districts of Quảng Ngãi and the 10
 * of Kon Tum, their communes before the July 2025 reform grouped under the commune each became
 * part of, and the kinds of product each district is known for.
 *
 * <p>District codes follow the former national numbering (Quảng Ngãi 522–536, Kon Tum 608–618);
 * commune codes are <b>synthetic</b> (5 digits, counted up in steps of 3; a post-reform commune
 * takes the code of the first commune merged into it). Commune names and their grouping are
 * plausible approximations, not an extract of the 2025 reform resolutions.
 */
final class Places {
    static final String PROVINCE_CODE = "51";
    static final String PROVINCE_NAME = "Quảng Ngãi";

    /** A commune after the July 2025 reform. */
    record NewCommune(String code, String name) {
    }

    /** A commune before the reform, and the post-reform commune it became part of. */
    record Commune(String code, String name, NewCommune after) {
    }

    /** A kind of product a district makes. */
    record Kind(String name, ProductSet set, boolean premium, boolean tourism, boolean enterpriseOnly) {
    }

    /** A former district (huyện, thị xã, thành phố). */
    record District(String code, String name, boolean kontum, List<Commune> communes, List<NewCommune> newCommunes,
            List<Kind> kinds) {
    }

    private final Map<String, District> byCode = new LinkedHashMap<>();
    private int nextQuangNgaiCode = 21001;
    private int nextKonTumCode = 23011;

    Places() {
        quangNgai();
        konTum();
    }

    /** The commune of a district with this (pre-reform) name. */
    Commune commune(String districtCode, String communeName) {
        return get(districtCode).communes().stream().filter(c -> c.name().equals(communeName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no commune " + communeName + " in " + districtCode));
    }

    District get(String code) {
        District d = byCode.get(code);
        if (d == null) {
            throw new IllegalArgumentException("no district " + code);
        }
        return d;
    }

    List<District> quangNgaiDistricts() {
        return byCode.values().stream().filter(d -> !d.kontum()).toList();
    }

    List<District> konTumDistricts() {
        return byCode.values().stream().filter(District::kontum).toList();
    }

    // ------------------------------------------------------------------ data

    private void quangNgai() {
        district("522", "Tp. Quảng Ngãi", false,
                groups("phường Cẩm Thành: phường Trần Phú, phường Lê Hồng Phong, phường Nghĩa Chánh, phường Quảng Phú",
                        "phường Nghĩa Lộ: phường Nghĩa Lộ, phường Chánh Lộ, xã Nghĩa Dõng",
                        "phường Trương Quang Trọng: phường Trương Quang Trọng, xã Tịnh Ấn Tây, xã Tịnh Long",
                        "xã Tịnh Khê: xã Tịnh Khê, xã Tịnh Kỳ, xã Tịnh Châu",
                        "phường An Phú: xã Nghĩa Hà, xã Nghĩa Phú, xã Nghĩa An"),
                kinds(k("Cá bống sông Trà kho tiêu", PROCESSED_MEAT_FISH_HONEY, "P"),
                        k("Don Quảng Ngãi ăn liền", FAST_FOOD, ""),
                        k("Mì Quảng khô", PROCESSED_RICE_GRAINS, ""),
                        k("Kẹo gương", PROCESSED_PRODUCE, ""),
                        k("Nước mắm truyền thống Tịnh Khê", SAUCES_FISH_SAUCE, "P"),
                        k("Chả cá thu", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Trà thảo mộc túi lọc", HERBAL_TEA, ""),
                        k("Nước uống đóng chai", MINERAL_WATER, "E"),
                        k("Rau má sấy lạnh", PROCESSED_PRODUCE, ""),
                        k("Yến sào nguyên tổ", PROCESSED_MEAT_FISH_HONEY, "P"),
                        k("Gạo hữu cơ Nghĩa Hà", RICE_GRAINS, ""),
                        k("Hoa lan hồ điệp", FLOWERS, ""),
                        k("Xà phòng thảo dược", HERBAL_COSMETICS, ""),
                        k("Nước mía đóng chai", OTHER_SOFT_DRINKS, ""),
                        k("Cá cơm sấy tẩm gia vị", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Tinh dầu sả chanh", ESSENTIAL_OILS_HERBS, "")));
        district("524", "Huyện Bình Sơn", false,
                groups("xã Bình Sơn: thị trấn Châu Ổ, xã Bình Thới, xã Bình Long",
                        "xã Vạn Tường: xã Bình Trị, xã Bình Hải, xã Bình Thuận",
                        "xã Bình Châu: xã Bình Châu, xã Bình Phú, xã Bình Thạnh",
                        "xã Bình Chương: xã Bình Chương, xã Bình Mỹ, xã Bình An",
                        "xã Đông Sơn: xã Bình Minh, xã Bình Trung, xã Bình Nguyên"),
                kinds(k("Nước mắm cá cơm Bình Châu", SAUCES_FISH_SAUCE, "P"),
                        k("Mực một nắng Bình Châu", PROCESSED_MEAT_FISH_HONEY, "P"),
                        k("Gốm Mỹ Thiện", HANDICRAFTS, ""),
                        k("Cá cơm khô", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Dưa hấu Bình Sơn", FRESH_PRODUCE, ""),
                        k("Rượu gạo lứt", WHITE_LIQUOR, ""),
                        k("Bánh tráng mè", PROCESSED_RICE_GRAINS, ""),
                        k("Muối tinh sấy", OTHER_SPICES, ""),
                        k("Tinh bột nghệ", FUNCTIONAL_FOOD_HERBAL_MEDICINE, ""),
                        k("Du lịch cộng đồng làng chài Bình Châu", COMMUNITY_TOURISM, "T"),
                        k("Trứng gà ta", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Nấm bào ngư", FRESH_PRODUCE, "")));
        district("525", "Huyện Trà Bồng", false,
                groups("xã Trà Bồng: thị trấn Trà Xuân, xã Trà Sơn, xã Trà Thủy",
                        "xã Đông Trà Bồng: xã Trà Bình, xã Trà Phú, xã Trà Giang",
                        "xã Thanh Bồng: xã Trà Hiệp, xã Trà Lâm, xã Trà Tân",
                        "xã Tây Trà: xã Trà Phong, xã Trà Xinh, xã Trà Thanh"),
                kinds(k("Quế Trà Bồng", OTHER_SPICES, "P"),
                        k("Bột quế Trà Bồng", OTHER_SPICES, "P"),
                        k("Tinh dầu quế Trà Bồng", ESSENTIAL_OILS_HERBS, "P"),
                        k("Trà quế túi lọc", HERBAL_TEA, "P"),
                        k("Quế mỹ nghệ Trà Bồng", HANDICRAFTS, ""),
                        k("Rượu quế", OTHER_ALCOHOLIC, ""),
                        k("Mật ong rừng Trà Bồng", HONEY_OTHER_RAW, ""),
                        k("Măng khô", PROCESSED_PRODUCE, ""),
                        k("Dệt thổ cẩm Cor", TEXTILES, ""),
                        k("Gạo nương", RICE_GRAINS, ""),
                        k("Du lịch sinh thái Cà Đam", COMMUNITY_TOURISM, "T"),
                        k("Chuối mốc sấy dẻo", PROCESSED_PRODUCE, "")));
        district("527", "Huyện Sơn Tịnh", false,
                groups("xã Sơn Tịnh: xã Tịnh Hà, xã Tịnh Sơn, xã Tịnh Bắc",
                        "xã Thọ Phong: xã Tịnh Phong, xã Tịnh Thọ, xã Tịnh Trà",
                        "xã Trường Giang: xã Tịnh Bình, xã Tịnh Đông, xã Tịnh Hiệp, xã Tịnh Giang"),
                kinds(k("Cá bống sông Trà rim", PROCESSED_MEAT_FISH_HONEY, "P"),
                        k("Bánh tráng nướng", PROCESSED_RICE_GRAINS, ""),
                        k("Rau an toàn Tịnh Hà", FRESH_PRODUCE, ""),
                        k("Nấm linh chi", FUNCTIONAL_FOOD_HERBAL_MEDICINE, "P"),
                        k("Gà thả vườn", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Bánh ít lá gai", PROCESSED_RICE_GRAINS, ""),
                        k("Mật ong nuôi", HONEY_OTHER_RAW, ""),
                        k("Ớt bột", OTHER_SPICES, ""),
                        k("Tinh dầu tràm gió", ESSENTIAL_OILS_HERBS, ""),
                        k("Cây cảnh bon sai", ORNAMENTAL_PLANTS, ""),
                        k("Rượu nếp", WHITE_LIQUOR, ""),
                        k("Chổi đót", HANDICRAFTS, "")));
        district("528", "Huyện Tư Nghĩa", false,
                groups("xã Tư Nghĩa: thị trấn La Hà, xã Nghĩa Thương, xã Nghĩa Hòa",
                        "xã Vệ Giang: thị trấn Sông Vệ, xã Nghĩa Hiệp, xã Nghĩa Phương",
                        "xã Nghĩa Giang: xã Nghĩa Thuận, xã Nghĩa Kỳ, xã Nghĩa Điền",
                        "xã Trà Giang: xã Nghĩa Lâm, xã Nghĩa Sơn, xã Nghĩa Thọ"),
                kinds(k("Đường phổi", PROCESSED_PRODUCE, "P"),
                        k("Đường phèn", PROCESSED_PRODUCE, ""),
                        k("Kẹo gương", PROCESSED_PRODUCE, ""),
                        k("Nem chua Sông Vệ", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Bánh ít nhân đậu", PROCESSED_RICE_GRAINS, ""),
                        k("Rượu nếp La Hà", WHITE_LIQUOR, ""),
                        k("Gạo thơm Tư Nghĩa", RICE_GRAINS, ""),
                        k("Mật mía", HONEY_OTHER_RAW, ""),
                        k("Nước mắm Nghĩa Hòa", SAUCES_FISH_SAUCE, ""),
                        k("Trà rau má", HERBAL_TEA, ""),
                        k("Hương trầm", HANDICRAFTS, ""),
                        k("Đậu phộng rang", PROCESSED_PRODUCE, "")));
        district("529", "Huyện Sơn Hà", false,
                groups("xã Sơn Hà: thị trấn Di Lăng, xã Sơn Bao, xã Sơn Thượng",
                        "xã Sơn Hạ: xã Sơn Hạ, xã Sơn Thành, xã Sơn Nham",
                        "xã Sơn Kỳ: xã Sơn Kỳ, xã Sơn Ba",
                        "xã Sơn Linh: xã Sơn Linh, xã Sơn Giang, xã Sơn Cao"),
                kinds(k("Rượu cần Sơn Hà", OTHER_ALCOHOLIC, ""),
                        k("Mật ong rừng Sơn Hà", HONEY_OTHER_RAW, "P"),
                        k("Chuối sấy", PROCESSED_PRODUCE, ""),
                        k("Heo đen Sơn Hà", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Dệt thổ cẩm Hrê", TEXTILES, ""),
                        k("Trà dây rừng", HERBAL_TEA, ""),
                        k("Gạo lứt đỏ", RICE_GRAINS, ""),
                        k("Quế Sơn Hà", OTHER_SPICES, ""),
                        k("Đan lát mây tre", HANDICRAFTS, "")));
        district("530", "Huyện Sơn Tây", false,
                groups("xã Sơn Tây: xã Sơn Dung, xã Sơn Long",
                        "xã Sơn Tây Thượng: xã Sơn Bua, xã Sơn Liên, xã Sơn Màu",
                        "xã Sơn Tây Hạ: xã Sơn Tân, xã Sơn Mùa, xã Sơn Tinh"),
                kinds(k("Mật ong rừng Sơn Tây", HONEY_OTHER_RAW, "P"),
                        k("Đảng sâm Sơn Tây", ESSENTIAL_OILS_HERBS, "P"),
                        k("Ba kích tím", ESSENTIAL_OILS_HERBS, "P"),
                        k("Rượu ba kích", OTHER_ALCOHOLIC, ""),
                        k("Quế Sơn Tây", OTHER_SPICES, ""),
                        k("Dệt thổ cẩm Ca Dong", TEXTILES, ""),
                        k("Heo đen Sơn Tây", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Măng khô Sơn Tây", PROCESSED_PRODUCE, ""),
                        k("Trà sa nhân", HERBAL_TEA, ""),
                        k("Sa nhân tím", ESSENTIAL_OILS_HERBS, "")));
        district("531", "Huyện Minh Long", false,
                groups("xã Minh Long: xã Long Hiệp, xã Long Sơn, xã Thanh An, xã Long Mai, xã Long Môn"),
                kinds(k("Chè xanh Minh Long", TEA, ""),
                        k("Heo đen Minh Long", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Rượu men lá", WHITE_LIQUOR, ""),
                        k("Mật ong Minh Long", HONEY_OTHER_RAW, ""),
                        k("Gà đồi", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Trà chuối hột", HERBAL_TEA, ""),
                        k("Nấm linh chi rừng", FUNCTIONAL_FOOD_HERBAL_MEDICINE, ""),
                        k("Dệt thổ cẩm Minh Long", TEXTILES, ""),
                        k("Du lịch sinh thái thác Trắng", COMMUNITY_TOURISM, "T")));
        district("532", "Huyện Nghĩa Hành", false,
                groups("xã Nghĩa Hành: thị trấn Chợ Chùa, xã Hành Thuận, xã Hành Trung",
                        "xã Đình Cương: xã Hành Thịnh, xã Hành Phước, xã Hành Thiện",
                        "xã Thiện Tín: xã Hành Tín Đông, xã Hành Tín Tây, xã Hành Nhân",
                        "xã Phước Giang: xã Hành Minh, xã Hành Đức, xã Hành Dũng"),
                kinds(k("Nem chợ Chùa", PROCESSED_MEAT_FISH_HONEY, "P"),
                        k("Bánh nổ", PROCESSED_RICE_GRAINS, ""),
                        k("Tương ớt", SAUCES_FISH_SAUCE, ""),
                        k("Gà ta Nghĩa Hành", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Nấm rơm", FRESH_PRODUCE, ""),
                        k("Bánh khô mè", PROCESSED_RICE_GRAINS, ""),
                        k("Trà mãng cầu", HERBAL_TEA, ""),
                        k("Du lịch nông nghiệp cộng đồng Hành Dũng", COMMUNITY_TOURISM, "T"),
                        k("Cây cảnh Nghĩa Hành", ORNAMENTAL_PLANTS, ""),
                        k("Rượu nếp than", WHITE_LIQUOR, "")));
        district("533", "Huyện Mộ Đức", false,
                groups("xã Mộ Đức: thị trấn Mộ Đức, xã Đức Nhuận, xã Đức Hiệp",
                        "xã Lân Phong: xã Đức Hòa, xã Đức Thạnh, xã Đức Chánh",
                        "xã Long Phụng: xã Đức Lợi, xã Đức Thắng, xã Đức Phong"),
                kinds(k("Mạch nha Thi Phổ", PROCESSED_RICE_GRAINS, "P"),
                        k("Kẹo gương Thi Phổ", PROCESSED_PRODUCE, "P"),
                        k("Hành tím Mộ Đức", OTHER_SPICES, ""),
                        k("Nước mắm Đức Lợi", SAUCES_FISH_SAUCE, ""),
                        k("Cá cơm sấy", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Gạo sạch Mộ Đức", RICE_GRAINS, ""),
                        k("Bánh tráng", PROCESSED_RICE_GRAINS, ""),
                        k("Rượu nếp", WHITE_LIQUOR, ""),
                        k("Dầu phộng ép", PROCESSED_PRODUCE, ""),
                        k("Dưa hấu", FRESH_PRODUCE, ""),
                        k("Tinh bột nghệ", FUNCTIONAL_FOOD_HERBAL_MEDICINE, ""),
                        k("Nấm bào ngư", FRESH_PRODUCE, ""),
                        k("Cá chép Koi", ORNAMENTAL_ANIMALS, "")));
        district("534", "Thị xã Đức Phổ", false,
                groups("phường Đức Phổ: phường Nguyễn Nghiêm, phường Phổ Hòa, phường Phổ Minh",
                        "phường Sa Huỳnh: phường Phổ Thạnh, xã Phổ Châu",
                        "phường Trà Câu: phường Phổ Văn, phường Phổ Quang, phường Phổ Vinh",
                        "xã Khánh Cường: xã Phổ Khánh, xã Phổ Cường"),
                kinds(k("Nước mắm Sa Huỳnh", SAUCES_FISH_SAUCE, "P"),
                        k("Muối Sa Huỳnh", OTHER_SPICES, "P"),
                        k("Chả cá Sa Huỳnh", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Mực khô", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Cá cơm khô Sa Huỳnh", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Bánh tráng Mỹ Trang", PROCESSED_RICE_GRAINS, ""),
                        k("Rượu nếp Phổ Phong", WHITE_LIQUOR, ""),
                        k("Nước mắm nhĩ cá cơm than", SAUCES_FISH_SAUCE, ""),
                        k("Tôm khô", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Du lịch sinh thái đầm An Khê", COMMUNITY_TOURISM, "T"),
                        k("Gạo Phổ Cường", RICE_GRAINS, "")));
        district("535", "Huyện Ba Tơ", false,
                groups("xã Ba Tơ: thị trấn Ba Tơ, xã Ba Cung, xã Ba Động",
                        "xã Ba Vinh: xã Ba Vinh, xã Ba Thành, xã Ba Điền",
                        "xã Ba Dinh: xã Ba Dinh, xã Ba Giang",
                        "xã Ba Vì: xã Ba Vì, xã Ba Tiêu, xã Ba Ngạc",
                        "xã Đặng Thùy Trâm: xã Ba Liên, xã Ba Khâm, xã Ba Trang"),
                kinds(k("Dệt thổ cẩm Làng Teng", TEXTILES, "P"),
                        k("Du lịch cộng đồng Làng Teng", COMMUNITY_TOURISM, "T"),
                        k("Rượu ghè", OTHER_ALCOHOLIC, ""),
                        k("Chè xanh Ba Tơ", TEA, ""),
                        k("Mật ong rừng Ba Tơ", HONEY_OTHER_RAW, ""),
                        k("Bò một nắng Ba Tơ", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Heo đen Ba Tơ", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Gạo lúa rẫy", RICE_GRAINS, ""),
                        k("Măng le khô", PROCESSED_PRODUCE, ""),
                        k("Trà lá vối", HERBAL_TEA, ""),
                        k("Đan lát mây tre Ba Tơ", HANDICRAFTS, "")));
        district("536", "Huyện Lý Sơn", false,
                groups("đặc khu Lý Sơn: An Vĩnh, An Hải, An Bình"),
                kinds(k("Tỏi cô đơn Lý Sơn", OTHER_SPICES, "P"),
                        k("Tỏi đen Lý Sơn", PROCESSED_PRODUCE, "P"),
                        k("Hành tím Lý Sơn", OTHER_SPICES, "P"),
                        k("Rượu tỏi Lý Sơn", OTHER_ALCOHOLIC, "P"),
                        k("Tỏi ngâm mật ong", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Rong biển sấy khô Lý Sơn", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Mực một nắng Lý Sơn", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Cá chuồn khô", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Tỏi sấy giòn", PROCESSED_PRODUCE, ""),
                        k("Du lịch trải nghiệm đảo Lý Sơn", COMMUNITY_TOURISM, "T"),
                        k("Muối tỏi ớt", OTHER_SPICES, "")));
    }

    private void konTum() {
        district("608", "Tp. Kon Tum", true,
                groups("phường Kon Tum: phường Quyết Thắng, phường Thắng Lợi, phường Thống Nhất",
                        "phường Đăk Cấm: phường Ngô Mây, xã Đắk Cấm, xã Đắk Năng",
                        "phường Đăk Bla: phường Lê Lợi, xã Vinh Quang, xã Đắk Blà",
                        "xã Ngọk Bay: xã Ngọk Bay, xã Kroong, xã Đắk Rơ Wa",
                        "xã Ia Chim: xã Ia Chim, xã Hòa Bình, xã Đoàn Kết"),
                kinds(k("Cà phê rang xay", COFFEE_COCOA, "P"),
                        k("Bò khô", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Rượu nếp", WHITE_LIQUOR, ""),
                        k("Mật ong", HONEY_OTHER_RAW, ""),
                        k("Dệt thổ cẩm Kon K'Tu", TEXTILES, ""),
                        k("Du lịch cộng đồng làng Kon K'Tu", COMMUNITY_TOURISM, "T"),
                        k("Chanh dây tươi", FRESH_PRODUCE, ""),
                        k("Mứt chanh dây", PROCESSED_PRODUCE, ""),
                        k("Gạo Kon Tum", RICE_GRAINS, ""),
                        k("Nấm linh chi", FUNCTIONAL_FOOD_HERBAL_MEDICINE, ""),
                        k("Hoa lan rừng", FLOWERS, ""),
                        k("Cá thát lát", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Nước uống tinh khiết", MINERAL_WATER, "E"),
                        k("Xà phòng sâm dây", HERBAL_COSMETICS, ""),
                        k("Cao sâm dây", FUNCTIONAL_FOOD_HERBAL_MEDICINE, "P")));
        district("610", "Huyện Đắk Glei", true,
                groups("xã Đăk Glei: thị trấn Đắk Glei, xã Đắk Pék",
                        "xã Ngọc Linh: xã Ngọc Linh, xã Mường Hoong",
                        "xã Xốp: xã Xốp, xã Đắk Choong",
                        "xã Đăk Plô: xã Đắk Plô, xã Đắk Man"),
                kinds(k("Sâm Ngọc Linh", ESSENTIAL_OILS_HERBS, "P"),
                        k("Rượu sâm Ngọc Linh", OTHER_ALCOHOLIC, "P"),
                        k("Trà lá sâm Ngọc Linh", HERBAL_TEA, "P"),
                        k("Sâm dây Ngọc Linh", ESSENTIAL_OILS_HERBS, "P"),
                        k("Đương quy", ESSENTIAL_OILS_HERBS, ""),
                        k("Mật ong rừng Đắk Glei", HONEY_OTHER_RAW, ""),
                        k("Gạo nương", RICE_GRAINS, ""),
                        k("Dệt thổ cẩm Giẻ Triêng", TEXTILES, ""),
                        k("Rượu cần", OTHER_ALCOHOLIC, ""),
                        k("Sa nhân tím", ESSENTIAL_OILS_HERBS, "")));
        district("611", "Huyện Ngọc Hồi", true,
                groups("xã Ngọc Hồi: thị trấn Plei Kần, xã Đắk Kan",
                        "xã Bờ Y: xã Bờ Y, xã Sa Loong",
                        "xã Đăk Dục: xã Đắk Dục, xã Đắk Nông, xã Đắk Ang"),
                kinds(k("Cà phê Ngọc Hồi", COFFEE_COCOA, "P"),
                        k("Chanh dây Ngọc Hồi", FRESH_PRODUCE, ""),
                        k("Mứt chanh dây", PROCESSED_PRODUCE, ""),
                        k("Mật ong", HONEY_OTHER_RAW, ""),
                        k("Sâm dây", ESSENTIAL_OILS_HERBS, ""),
                        k("Rượu cần", OTHER_ALCOHOLIC, ""),
                        k("Gạo Ngọc Hồi", RICE_GRAINS, ""),
                        k("Heo rừng lai", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Nước chanh dây", OTHER_SOFT_DRINKS, "")));
        district("612", "Huyện Đắk Tô", true,
                groups("xã Đăk Tô: thị trấn Đắk Tô, xã Tân Cảnh, xã Diên Bình",
                        "xã Ngọk Tụ: xã Ngọk Tụ, xã Đắk Rơ Nga",
                        "xã Kon Đào: xã Kon Đào, xã Văn Lem, xã Đắk Trăm"),
                kinds(k("Cà phê Đắk Tô", COFFEE_COCOA, ""),
                        k("Sâm dây Đắk Tô", ESSENTIAL_OILS_HERBS, "P"),
                        k("Mật ong", HONEY_OTHER_RAW, ""),
                        k("Tinh bột sắn dây", PROCESSED_PRODUCE, ""),
                        k("Gạo nếp", RICE_GRAINS, ""),
                        k("Rượu cần", OTHER_ALCOHOLIC, ""),
                        k("Măng khô", PROCESSED_PRODUCE, ""),
                        k("Bơ sáp", FRESH_PRODUCE, "")));
        district("613", "Huyện Kon Plông", true,
                groups("xã Măng Đen: thị trấn Măng Đen, xã Đắk Long, xã Măng Cành",
                        "xã Kon Plông: xã Hiếu, xã Pờ Ê",
                        "xã Măng Bút: xã Măng Bút, xã Đắk Tăng, xã Ngọk Tem"),
                kinds(k("Cà phê Arabica Măng Đen", COFFEE_COCOA, "P"),
                        k("Dâu tây Măng Đen", FRESH_PRODUCE, ""),
                        k("Rau ôn đới Măng Đen", FRESH_PRODUCE, ""),
                        k("Cá tầm Măng Đen", FRESH_MEAT_FISH_EGGS_MILK, "P"),
                        k("Hoa lan Măng Đen", FLOWERS, ""),
                        k("Du lịch sinh thái Măng Đen", COMMUNITY_TOURISM, "T"),
                        k("Mứt dâu tây", PROCESSED_PRODUCE, ""),
                        k("Rượu vang sim", OTHER_ALCOHOLIC, ""),
                        k("Cây cảnh bon sai", ORNAMENTAL_PLANTS, ""),
                        k("Đẳng sâm", ESSENTIAL_OILS_HERBS, ""),
                        k("Trà hoa vàng", HERBAL_TEA, "")));
        district("614", "Huyện Kon Rẫy", true,
                groups("xã Kon Braih: thị trấn Đắk Rve, xã Tân Lập, xã Đắk Pne",
                        "xã Đăk Kôi: xã Đắk Kôi, xã Đắk Tơ Lung"),
                kinds(k("Măng le khô", PROCESSED_PRODUCE, ""),
                        k("Mật ong", HONEY_OTHER_RAW, ""),
                        k("Cà phê", COFFEE_COCOA, ""),
                        k("Rượu cần", OTHER_ALCOHOLIC, ""),
                        k("Gạo", RICE_GRAINS, ""),
                        k("Dệt thổ cẩm Xơ Đăng", TEXTILES, ""),
                        k("Đan lát mây tre", HANDICRAFTS, ""),
                        k("Chuối sấy", PROCESSED_PRODUCE, "")));
        district("615", "Huyện Đắk Hà", true,
                groups("xã Đăk Hà: thị trấn Đắk Hà, xã Hà Mòn, xã Đắk La",
                        "xã Đăk Ui: xã Đắk Ui, xã Đắk Ngọk",
                        "xã Ngọk Réo: xã Ngọk Réo, xã Ngọk Wang, xã Đắk Hring"),
                kinds(k("Cà phê Đắk Hà", COFFEE_COCOA, "P"),
                        k("Cà phê bột nguyên chất", COFFEE_COCOA, ""),
                        k("Mắc ca", PROCESSED_PRODUCE, "P"),
                        k("Sâm dây", ESSENTIAL_OILS_HERBS, ""),
                        k("Chanh dây", FRESH_PRODUCE, ""),
                        k("Bơ", FRESH_PRODUCE, ""),
                        k("Tiêu đen", OTHER_SPICES, ""),
                        k("Mật ong hoa cà phê", HONEY_OTHER_RAW, ""),
                        k("Cá lóc", FRESH_MEAT_FISH_EGGS_MILK, "")));
        district("616", "Huyện Sa Thầy", true,
                groups("xã Sa Thầy: thị trấn Sa Thầy, xã Sa Sơn",
                        "xã Sa Bình: xã Sa Bình, xã Sa Nghĩa",
                        "xã Ya Ly: xã Ya Ly, xã Ya Xiêr, xã Ya Tăng",
                        "xã Rờ Kơi: xã Rờ Kơi, xã Mô Rai"),
                kinds(k("Mật ong Sa Thầy", HONEY_OTHER_RAW, ""),
                        k("Cà phê", COFFEE_COCOA, ""),
                        k("Tiêu", OTHER_SPICES, ""),
                        k("Cá lăng", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Rượu cần", OTHER_ALCOHOLIC, ""),
                        k("Gạo", RICE_GRAINS, ""),
                        k("Dệt thổ cẩm", TEXTILES, ""),
                        k("Tinh bột nghệ", FUNCTIONAL_FOOD_HERBAL_MEDICINE, "")));
        district("617", "Huyện Tu Mơ Rông", true,
                groups("xã Tu Mơ Rông: xã Đắk Hà, xã Tu Mơ Rông",
                        "xã Măng Ri: xã Măng Ri, xã Ngọk Lây, xã Tê Xăng",
                        "xã Đăk Sao: xã Đắk Sao, xã Đắk Na",
                        "xã Đăk Tờ Kan: xã Đắk Tờ Kan, xã Đắk Rơ Ông"),
                kinds(k("Sâm Ngọc Linh Tu Mơ Rông", ESSENTIAL_OILS_HERBS, "P"),
                        k("Rượu sâm Ngọc Linh", OTHER_ALCOHOLIC, "P"),
                        k("Trà sâm dây Ngọc Linh", HERBAL_TEA, "P"),
                        k("Sâm dây Ngọc Linh", ESSENTIAL_OILS_HERBS, "P"),
                        k("Mật ong sâm", PROCESSED_MEAT_FISH_HONEY, ""),
                        k("Đương quy Tu Mơ Rông", ESSENTIAL_OILS_HERBS, ""),
                        k("Dệt thổ cẩm Xơ Đăng", TEXTILES, ""),
                        k("Du lịch cộng đồng Măng Ri", COMMUNITY_TOURISM, "T"),
                        k("Cao sâm dây", FUNCTIONAL_FOOD_HERBAL_MEDICINE, ""),
                        k("Cà phê xứ sâm", COFFEE_COCOA, "")));
        district("618", "Huyện Ia H'Drai", true,
                groups("xã Ia Tơi: xã Ia Tơi, xã Ia Dom, xã Ia Đal"),
                kinds(k("Mật ong Ia H'Drai", HONEY_OTHER_RAW, ""),
                        k("Tiêu", OTHER_SPICES, ""),
                        k("Cá lăng sông Sê San", FRESH_MEAT_FISH_EGGS_MILK, ""),
                        k("Hạt điều", PROCESSED_PRODUCE, ""),
                        k("Cà phê", COFFEE_COCOA, ""),
                        k("Gạo", RICE_GRAINS, "")));
    }

    // ------------------------------------------------------------------ builders

    private record Group(String newName, List<String> oldNames) {
    }

    private static List<Group> groups(String... lines) {
        List<Group> out = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            List<String> olds = new ArrayList<>();
            for (String s : line.substring(colon + 1).split(",")) {
                olds.add(s.trim());
            }
            out.add(new Group(line.substring(0, colon).trim(), olds));
        }
        return out;
    }

    private static List<Kind> kinds(Kind... kinds) {
        return List.of(kinds);
    }

    private static Kind k(String name, ProductSet set, String flags) {
        return new Kind(name, set, flags.contains("P"), flags.contains("T"), flags.contains("E"));
    }

    private void district(String code, String name, boolean kontum, List<Group> groups, List<Kind> kinds) {
        List<Commune> communes = new ArrayList<>();
        List<NewCommune> news = new ArrayList<>();
        for (Group g : groups) {
            NewCommune nc = null;
            for (String old : g.oldNames()) {
                String c;
                if (kontum) {
                    c = String.valueOf(nextKonTumCode);
                    nextKonTumCode += 3;
                } else {
                    c = String.valueOf(nextQuangNgaiCode);
                    nextQuangNgaiCode += 3;
                }
                if (nc == null) {
                    nc = new NewCommune(c, g.newName());
                    news.add(nc);
                }
                communes.add(new Commune(c, old, nc));
            }
        }
        byCode.put(code, new District(code, name, kontum, List.copyOf(communes), List.copyOf(news), kinds));
    }
}
