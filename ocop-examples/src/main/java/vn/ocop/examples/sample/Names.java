package vn.ocop.examples.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.ocop.core.ProducerType;

/**
 * Invented names of people, brands and producers. Every name is drawn from the generator's
 * seeded {@link Random}, so the same seed gives the same names; producer names and brands are
 * unique within a sample.
 */
final class Names {
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Trương", "Đinh", "Lương", "Đoàn", "Tạ", "Châu", "Lâm");
    private static final List<String> HIGHLAND_FAMILY = List.of("Đinh", "Hồ", "Phạm", "Đinh", "Hồ", "Đinh");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Minh", "Ngọc", "Đức", "Quang", "Thanh",
            "Công", "Hữu", "Tấn", "Xuân");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị Thu", "Thị Kim", "Ngọc", "Thị Mỹ",
            "Thị Thanh", "Thị Hồng", "Thị Bích");
    private static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Phúc", "Lộc", "Thành", "Tâm", "Sơn",
            "Tài", "Nghĩa", "Trung", "Quý", "Tín", "Khoa", "Hiếu", "Long", "Bình", "Cường", "Đạt", "Hải", "Nam",
            "Phong", "Quang", "Thắng", "Toàn", "Vinh", "Khánh", "Lợi", "Nhân", "Sang", "Tuấn");
    private static final List<String> FEMALE_GIVEN = List.of("Hoa", "Lan", "Hiền", "Thu", "Hương", "Nga", "Vân",
            "Mai", "Đào", "Liên", "Phượng", "Hạnh", "Trang", "Yến", "Linh", "Hằng", "Nhung", "Thảo", "Tuyết",
            "Oanh", "Diệu", "Loan", "Ngân", "Phương", "Quyên", "Sương", "Thủy", "Trinh", "Uyên", "Xuân");
    private static final List<String> KONTUM_GIVEN = List.of("Blông", "Thút", "Hơ", "Nhia", "Lưu", "Mưu", "Bin",
            "Hên", "Dưn", "Khiên", "Nhơn", "Thiên", "Rin", "Pôi", "Xuân", "Hiếu", "Nhung", "Thoa", "Vai", "Hlin");
    private static final List<String> NICK = List.of("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín",
            "Mười", "Út", "Cô Ba", "Chú Tư", "Dì Sáu", "Bà Năm");
    private static final List<String> SYLLABLE = List.of("An", "Bình", "Phú", "Thịnh", "Hưng", "Phát", "Lộc",
            "Tâm", "Việt", "Sơn", "Hải", "Minh", "Ngọc", "Kim", "Hoàng", "Thiên", "Đại", "Tân", "Quang", "Trường",
            "Hòa", "Gia", "Bảo", "Khánh", "Nguyên", "Thành", "Đức", "Phước", "Vĩnh", "Sa", "Mộc", "Lam");
    private static final List<String> COOPERATIVE_KIND = List.of("Nông nghiệp", "Dịch vụ nông nghiệp",
            "Nông nghiệp và dịch vụ tổng hợp", "Sản xuất, thương mại và dịch vụ", "Nông nghiệp hữu cơ",
            "Nông lâm nghiệp");
    private static final List<String> GROUP_KIND = List.of("sản xuất", "sản xuất và tiêu thụ",
            "sản xuất kinh doanh", "liên kết sản xuất");

    private final Random rnd;
    private final Set<String> usedBrands = new HashSet<>();
    private final Set<String> usedProducerNames = new HashSet<>();

    Names(Random rnd) {
        this.rnd = rnd;
    }

    private String pick(List<String> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** A person's full name. */
    String person(boolean woman, boolean ethnicMinority, boolean kontum) {
        if (ethnicMinority && kontum) {
            return (woman ? "Y " : "A ") + pick(KONTUM_GIVEN);
        }
        String family = ethnicMinority ? pick(HIGHLAND_FAMILY) : pick(FAMILY);
        String middle = woman ? pick(FEMALE_MIDDLE) : pick(MALE_MIDDLE);
        String given = woman ? pick(FEMALE_GIVEN) : pick(MALE_GIVEN);
        return family + " " + middle + " " + given;
    }

    /**
     * A household brand, the way small producers sign their products: a kinship nickname and the
     * representative's given name ("Hai Khỏe", "Bà Năm Hoa"), or the full name for highland names
     * without a family name ("A Thút").
     */
    String householdBrand(String person, boolean woman) {
        String[] parts = person.split(" ");
        if (parts.length == 2 && usedBrands.add(person)) {
            return person;
        }
        String given = parts[parts.length - 1];
        for (int i = 0; i < 40; i++) {
            String b = pick(NICK) + " " + given;
            if (usedBrands.add(b)) {
                return b;
            }
        }
        for (int i = 0; i < 200; i++) {
            String b = pick(NICK) + " " + (woman ? pick(FEMALE_GIVEN) : pick(MALE_GIVEN));
            if (usedBrands.add(b)) {
                return b;
            }
        }
        throw new IllegalStateException("ran out of household brands");
    }

    /** A two-syllable trade name ("Thiên Phú"). */
    String tradeBrand() {
        for (int i = 0; i < 500; i++) {
            String a = pick(SYLLABLE);
            String b = pick(SYLLABLE);
            if (!a.equals(b) && usedBrands.add(a + " " + b)) {
                return a + " " + b;
            }
        }
        throw new IllegalStateException("ran out of trade brands");
    }

    /** Names a producer of the type, from its brand, representative and place. */
    String producerName(ProducerType type, String brand, String representative, String placeShort,
            String districtShort) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = switch (type) {
                case HOUSEHOLD -> rnd.nextBoolean() ? "Hộ kinh doanh " + representative
                        : "Cơ sở sản xuất " + brand;
                case FARM -> rnd.nextBoolean() ? "Trang trại " + brand : "Trang trại tổng hợp " + representative;
                case COOPERATIVE -> "Hợp tác xã " + pick(COOPERATIVE_KIND) + " "
                        + (attempt == 0 ? placeShort : brand);
                case COOPERATIVE_GROUP -> "Tổ hợp tác " + pick(GROUP_KIND) + " "
                        + (attempt == 0 ? placeShort : brand);
                case SMALL_MEDIUM_ENTERPRISE -> switch (rnd.nextInt(3)) {
                    case 0 -> "Công ty TNHH " + brand;
                    case 1 -> "Công ty TNHH MTV " + brand + " " + districtShort;
                    default -> "Công ty cổ phần " + brand;
                };
                case OTHER_ENTERPRISE -> "Công ty cổ phần " + brand + " " + districtShort;
                default -> "Tổ chức " + brand;
            };
            if (usedProducerNames.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("no unique name for a " + type + " named " + brand);
    }

    /** Reserves a name given verbatim (the two real five-star producers). */
    void reserveProducerName(String name) {
        usedProducerNames.add(name);
    }

    /** "xã Tịnh Hà" → "Tịnh Hà". */
    static String shortPlace(String name) {
        for (String p : List.of("thị trấn ", "phường ", "xã ", "đặc khu ", "Tp. ", "Huyện ", "Thị xã ")) {
            if (name.startsWith(p)) {
                return name.substring(p.length());
            }
        }
        return name;
    }
}
