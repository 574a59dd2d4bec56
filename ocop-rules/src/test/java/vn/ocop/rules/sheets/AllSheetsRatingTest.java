package vn.ocop.rules.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.rules.sheets.RatingAssertions.assertAverage;
import static vn.ocop.rules.sheets.RatingAssertions.assertCertifiedByTheProvince;
import static vn.ocop.rules.sheets.RatingAssertions.assertForwardedAsPotentialFiveStar;
import static vn.ocop.rules.sheets.RatingAssertions.assertGap;
import static vn.ocop.rules.sheets.RatingAssertions.assertNotCertified;
import static vn.ocop.rules.sheets.RatingAssertions.assertPartAverages;
import static vn.ocop.rules.sheets.RatingAssertions.missingMinimums;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Locality;
import vn.ocop.core.ProducerType;
import vn.ocop.core.ProductSet;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;

/**
 * One realistic, fully filled-in council evaluation for each of the 26 product sets of
 * 26/2026/QĐ-TTg (Phụ lục II, sheets 1 to 26), rated at the provincial council with the default
 * rulebook: bands [0,30) 1★, [30,50) 2★, [50,70) 3★, [70,90) 4★, [90,100] 5★ on the exact average
 * (Điều 3.3); starred minimums judged on the members' average points (AVERAGE_POINTS); a missing
 * minimum gives the highest star whose minimums are all met (HIGHEST_STAR_MET).
 *
 * <p>Each table (format: {@link SheetCase}) is a council's sheets with the points of every ticked
 * option, read from the criteria sheet ({@code vn/ocop/criteria/qd26-2026/NN-*.yaml}, checked
 * against the text of Phụ lục II), and each member's part totals and total; the comment above it
 * works out the exact average, the band, which starred minimums are met on the members' average
 * points, the star that follows and the gap to the next one. The columns were added up with a
 * throw-away script, and every figure was checked against the sheet, not against the library. The
 * tests compare all of it with the library.
 */
class AllSheetsRatingTest {
    static OcopRules rules;

    @BeforeAll
    static void buildRules() {
        rules = OcopRules.builder().build();
    }

    static RatingDecision rate(SheetCase c) {
        return c.rate(rules);
    }

    static void assertScoredAsWritten(SheetCase c, RatingDecision r) {
        c.assertScoredAsWritten(r, rules.criteriaSheet(c.set(), c.decided()).orElseThrow());
    }

    /*
     * Sheet 1 (I.1.a, Rau, củ, quả, hạt tươi)
     * Bưởi Phúc Trạch — HTX Bưởi Phúc Trạch Hương Khê (Phúc Trạch, Hà Tĩnh), cooperative;
     * provincial council of 3, decided 2026-08-20.
     * Fresh Phúc Trạch pomelo under its geographical indication; VietGAP orchards, linkage contracts for
     * over 75% of output, QR traceability, sold through more than 5 agents.
     *
     * M1 Trần Văn Hùng (Sở Nông nghiệp và Môi trường)
     * M2 Lê Thị Minh (Sở Công Thương)
     * M3 Phan Đình Toàn (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 77 + 75 + 78 = 230; average 230/3 ≈ 76.67 → band 4★ ([70, 90)).
     * Part averages: A 32, B 19, C 77/3 ≈ 25.67.
     * ***   2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 9.a 10.a: all met.
     * ****  1.5.c 1.6.a 2.1.c 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.2.d 8.c 10.b: all met.
     * ***** 1.3.c 1.5.d 4.1.d — not met: 1.3.c (average 2 < 3), 1.5.d (average 2 < 3),
     *       4.1.d (average 3 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 13.34 points, minimums still missing: 1.3.c, 1.5.d, 4.1.d.
     */
    static final SheetCase BUOI_PHUC_TRACH = SheetCase.on(ProductSet.FRESH_PRODUCE)
            .product("42-18652-003-2026", "Bưởi Phúc Trạch",
                    Locality.of("42", "Hà Tĩnh", "18652", "Phúc Trạch"))
            .producer("P-01", "HTX Bưởi Phúc Trạch Hương Khê", ProducerType.COOPERATIVE)
            .council("Trần Văn Hùng (Sở Nông nghiệp và Môi trường)",
                    "Lê Thị Minh (Sở Công Thương)",
                    "Phan Đình Toàn (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-08-20")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      3  c3    c3    c3
                    1.2      2  b1    b1    b1
                    1.3      3  b2    b2    b2
                    1.4      3  c3    c3    c3
                    1.5      3  c2    c2    c2
                    1.6      3  b2    b2    b2
                    1.7      1  b1    b1    b1
                    2.1      3  c3    c3    c3
                    2.2      3  c2    c2    c2
                    2.3      3  c3    c3    c3
                    2.4      1  0     0     0
                    3.1      3  c3    c3    c3
                    3.2      1  a0    a0    a0
                    3.3      3  c3    c3    c3
                    3.4      2  b2    b2    b2
                    3.5      3  b2    b2    b2
                    4.1      5  c3    c3    c3
                    4.2      3  c2    c2    c2
                    4.3      5  d3    d3    c2
                    5.1      5  e5    e5    e5
                    5.2      2  c2    c2    c2
                    5.3      5  d5    c3    d5
                    6.1      2  c2    c2    c2
                    6.2      4  d3    d3    d3
                    6.3      3  d3    d3    d3
                    6.4      3  d3    d3    d3
                    7        3  b1    b1    b1
                    8        5  c3    c3    d5
                    9        5  b4    b4    b4
                    10       5  b3    b3    b3
                    11       2  b2    b2    b2
                    12       3  a1    a1    a1
                    A       40  32    32    32
                    B       25  20    18    19
                    C       35  25    25    27
                    total  100  77    75    78
                    """);

    @Test
    void should_rate_phuc_trach_pomelo_on_sheet_1_four_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(BUOI_PHUC_TRACH);
        // THEN
        assertScoredAsWritten(BUOI_PHUC_TRACH, r);
        assertAverage(r, "230/3 ≈ 76.67", 77, 75, 78);
        assertPartAverages(r, "32", "19", "77/3 ≈ 25.67");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "13.34", "1.3.c", "1.5.d", "4.1.d");
    }

    /*
     * Sheet 2 (I.1.b, Thịt, thủy sản, trứng, sữa tươi)
     * Gà đồi Yên Thế — HTX Gà đồi Yên Thế (Yên Thế, Bắc Ninh), cooperative;
     * provincial council of 4, decided 2026-09-10.
     * Live hill chicken under the Yên Thế certification mark; VietGAP farms, but linkage, traceability and
     * ISO/HACCP are still missing.
     *
     * M1 Nguyễn Văn Thắng (Sở Nông nghiệp và Môi trường)
     * M2 Hoàng Thị Thu (Sở Y tế)
     * M3 Đỗ Minh Quân (Sở Công Thương)
     * M4 Vũ Thị Hằng (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 63 + 61 + 65 + 62 = 251; average 251/4 = 62.75 → band 3★ ([50, 70)).
     * Part averages: A 27, B 14.75, C 21.
     * ***   2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.5.c 1.6.a 2.1.c 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.2.d 6.3.c 6.4.c 7.c 9.b — not met:
     *       1.5.c (average 1 < 2), 2.3.c (average 2 < 3), 3.4.b (average 1 < 2), 5.1.e (average 3 < 5),
     *       6.2.d (average 2 < 3), 6.3.c (average 2.5 < 3), 9.b (average 1 < 3).
     * ***** 1.5.d 4.1.d 6.1.c 6.3.d 6.4.d 7.d — not met: 1.5.d (average 1 < 3), 4.1.d (average 3 < 5),
     *       6.3.d (average 2.5 < 5), 6.4.d (average 2 < 3), 7.d (average 3.5 < 5).
     * → 3★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 4★: 7.25 points, minimums still missing: 1.5.c, 2.3.c, 3.4.b, 5.1.e, 6.2.d, 6.3.c, 9.b.
     */
    static final SheetCase GA_DOI_YEN_THE = SheetCase.on(ProductSet.FRESH_MEAT_FISH_EGGS_MILK)
            .product("24-07282-011-2026", "Gà đồi Yên Thế",
                    Locality.of("24", "Bắc Ninh", "07282", "Yên Thế"))
            .producer("P-02", "HTX Gà đồi Yên Thế", ProducerType.COOPERATIVE)
            .council("Nguyễn Văn Thắng (Sở Nông nghiệp và Môi trường)",
                    "Hoàng Thị Thu (Sở Y tế)",
                    "Đỗ Minh Quân (Sở Công Thương)",
                    "Vũ Thị Hằng (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-09-10")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      3  c3    c3    c3    c3
                    1.2      3  b2    b2    b2    b2
                    1.3      2  b1    b1    b1    b1
                    1.4      3  c3    c3    c3    c3
                    1.5      3  b1    b1    b1    b1
                    1.6      3  a1    a1    a1    a1
                    1.7      1  a0    a0    a0    a0
                    2.1      3  c3    c3    c3    c3
                    2.2      3  c2    c2    c2    c2
                    2.3      3  b2    b2    b2    b2
                    2.4      1  0     0     0     0
                    3.1      3  c3    c3    c3    c3
                    3.2      1  a0    a0    a0    a0
                    3.3      3  c3    c3    c3    c3
                    3.4      2  a1    a1    a1    a1
                    3.5      3  b2    b2    b2    b2
                    4.1      5  c3    c3    c3    c3
                    4.2      3  b1    b1    b1    b1
                    4.3      5  d3    d3    d3    c2
                    5.1      5  d3    d3    d3    d3
                    5.2      2  c2    c2    c2    c2
                    5.3      5  c3    c3    c3    c3
                    6.1      4  c4    c4    c4    c4
                    6.2      3  c2    c2    c2    c2
                    6.3      5  c3    b1    c3    c3
                    6.4      3  c2    c2    c2    c2
                    7        5  c3    c3    d5    c3
                    8        5  b4    b4    b4    b4
                    9        5  a1    a1    a1    a1
                    10       2  a1    a1    a1    a1
                    11       3  a1    a1    a1    a1
                    A       40  27    27    27    27
                    B       25  15    15    15    14
                    C       35  21    19    23    21
                    total  100  63    61    65    62
                    """);

    @Test
    void should_rate_yen_the_hill_chicken_on_sheet_2_three_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(GA_DOI_YEN_THE);
        // THEN
        assertScoredAsWritten(GA_DOI_YEN_THE, r);
        assertAverage(r, "62.75", 63, 61, 65, 62);
        assertPartAverages(r, "27", "14.75", "21");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 4, "7.25", "1.5.c", "2.3.c", "3.4.b", "5.1.e", "6.2.d", "6.3.c", "9.b");
    }

    /*
     * Sheet 3 (I.2.a, Gạo, ngũ cốc, hạt sơ chế khác)
     * Gạo ST25 — Doanh nghiệp tư nhân Hồ Quang (Mỹ Xuyên, Cần Thơ), small medium enterprise;
     * provincial council of 5, decided 2026-10-05.
     * ST25 fragrant rice from the rice–shrimp fields of Mỹ Xuyên: linkage contracts kept for years,
     * exports to the US and the EU, ISO/HACCP mill, supermarket and e-commerce contracts.
     *
     * M1 Lâm Văn Tấn (Sở Nông nghiệp và Môi trường)
     * M2 Trương Thị Ngọc (Sở Công Thương)
     * M3 Huỳnh Minh Trí (Sở Khoa học và Công nghệ)
     * M4 Thạch Thị Sa Ri (Sở Y tế)
     * M5 Nguyễn Hữu Phước (chuyên gia)
     *
     * Totals 93 + 94 + 95 + 94 + 89 = 465; average 465/5 = 93 → band 5★ ([90, 100]).
     * Part averages: A 36.2, B 22.8, C 34.
     * ***   2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 9.a 10.a: all met.
     * ****  1.5.c 1.6.a 2.1.c 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.2.d 6.3.c 6.4.c 8.c 10.b: all met.
     * ***** 1.3.c 1.5.d 4.1.d 6.3.d 6.4.d 8.d: all met.
     * → 5★ band and every ***, **** and ***** minimum met: a potential 5★, forwarded to the central
     * council (Điều 7.3.e); no certificate at the province.
     */
    static final SheetCase GAO_ST25 = SheetCase.on(ProductSet.RICE_GRAINS)
            .product("92-31567-002-2026", "Gạo ST25",
                    Locality.of("92", "Cần Thơ", "31567", "Mỹ Xuyên"))
            .producer("P-03", "Doanh nghiệp tư nhân Hồ Quang", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Lâm Văn Tấn (Sở Nông nghiệp và Môi trường)",
                    "Trương Thị Ngọc (Sở Công Thương)",
                    "Huỳnh Minh Trí (Sở Khoa học và Công nghệ)",
                    "Thạch Thị Sa Ri (Sở Y tế)",
                    "Nguyễn Hữu Phước (chuyên gia)")
            .decided("2026-10-05")
            .scores("""
                    crit   max  M1    M2    M3    M4    M5
                    1.1      3  c3    c3    c3    c3    c3
                    1.2      2  b1    b1    b1    b1    b1
                    1.3      3  c3    c3    c3    c3    c3
                    1.4      3  c3    c3    c3    c3    c3
                    1.5      3  d3    d3    d3    d3    d3
                    1.6      3  b2    b2    b2    c3    b2
                    1.7      1  b1    b1    b1    b1    b1
                    2.1      3  c3    c3    c3    c3    c3
                    2.2      3  d3    d3    d3    d3    d3
                    2.3      3  c3    c3    c3    c3    c3
                    2.4      1  1     1     1     1     1
                    3.1      3  b2    b2    b2    b2    b2
                    3.2      1  a0    a0    a0    a0    a0
                    3.3      3  c3    c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2    b2
                    3.5      3  c3    c3    c3    c3    c3
                    4.1      5  d5    d5    d5    d5    d5
                    4.2      3  c2    d3    c2    c2    c2
                    4.3      5  e5    e5    e5    e5    c2
                    5.1      5  e5    e5    e5    e5    e5
                    5.2      2  b1    b1    c2    b1    b1
                    5.3      5  d5    d5    d5    d5    d5
                    6.1      3  c3    c3    c3    c3    c3
                    6.2      3  d3    d3    d3    d3    d3
                    6.3      3  d3    d3    d3    d3    d3
                    6.4      3  d3    d3    d3    d3    d3
                    7        3  c3    c3    c3    c3    c3
                    8        5  d5    d5    d5    d5    d5
                    9        5  b4    b4    c5    b4    b4
                    10       5  c5    c5    c5    c5    c5
                    11       2  b2    b2    b2    b2    b2
                    12       3  c3    c3    c3    c3    b2
                    A       40  36    36    36    37    36
                    B       25  23    24    24    23    20
                    C       35  34    34    35    34    33
                    total  100  93    94    95    94    89
                    """);

    @Test
    void should_forward_st25_rice_on_sheet_3_to_the_central_council_as_a_potential_five_star() {
        // GIVEN the 5 sheets above
        // WHEN
        RatingDecision r = rate(GAO_ST25);
        // THEN
        assertScoredAsWritten(GAO_ST25, r);
        assertAverage(r, "93", 93, 94, 95, 94, 89);
        assertPartAverages(r, "36.2", "22.8", "34");
        assertThat(r.bandStars()).isEqualTo(5);
        assertForwardedAsPotentialFiveStar(r);
        assertThat(missingMinimums(r)).isEmpty();
        assertThat(r.gapToNextStar()).isEmpty();
    }

    /*
     * Sheet 4 (I.2.b, Mật ong, mật khác và nông sản thực phẩm khác)
     * Mật ong bạc hà Mèo Vạc — HTX Chế biến mật ong bạc hà Mèo Vạc (Mèo Vạc, Tuyên Quang), cooperative;
     * provincial council of 3, decided 2026-09-25.
     * Mint-flower honey from the Đồng Văn karst plateau, collective mark; the cooperative is led by a
     * H'Mông woman. The nutrition test report lists 1–2 indicators (7.b); for option 7.c, printed with 13
     * points, see RatingMechanismsTest.
     *
     * M1 Ma Văn Đức (Sở Nông nghiệp và Môi trường)
     * M2 Sùng Thị Mỷ (cơ quan quản lý OCOP tỉnh)
     * M3 Nguyễn Thanh Bình (Sở Y tế)
     *
     * Totals 73 + 69 + 76 = 218; average 218/3 ≈ 72.67 → band 4★ ([70, 90)).
     * Part averages: A 30, B 56/3 ≈ 18.67, C 24.
     * ***   2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 9.a 10.a: all met.
     * ****  1.5.c 1.6.a 2.1.c 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.2.c 6.3.c 6.4.d 8.c 10.b: all met.
     * ***** 1.3.c 1.5.d 4.1.d 6.3.d 6.4.e 8.d — not met: 1.3.c (average 1 < 3), 1.5.d (average 2 < 3),
     *       4.1.d (average 3 < 5), 6.3.d (average 10/3 ≈ 3.33 < 4), 8.d (average 11/3 ≈ 3.67 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 17.34 points, minimums still missing: 1.3.c, 1.5.d, 4.1.d, 6.3.d, 8.d.
     */
    static final SheetCase MAT_ONG_BAC_HA = SheetCase.on(ProductSet.HONEY_OTHER_RAW)
            .product("08-02803-001-2026", "Mật ong bạc hà Mèo Vạc",
                    Locality.of("08", "Tuyên Quang", "02803", "Mèo Vạc"))
            .producer("P-04", "HTX Chế biến mật ong bạc hà Mèo Vạc", ProducerType.COOPERATIVE)
            .council("Ma Văn Đức (Sở Nông nghiệp và Môi trường)",
                    "Sùng Thị Mỷ (cơ quan quản lý OCOP tỉnh)",
                    "Nguyễn Thanh Bình (Sở Y tế)")
            .decided("2026-09-25")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      3  c3    c3    c3
                    1.2      2  a0    a0    a0
                    1.3      3  a1    a1    a1
                    1.4      3  b2    b2    b2
                    1.5      3  c2    c2    c2
                    1.6      3  a1    a1    a1
                    1.7      1  b1    b1    b1
                    2.1      3  c3    c3    c3
                    2.2      3  c2    c2    c2
                    2.3      3  c3    c3    c3
                    2.4      1  1     1     1
                    3.1      3  c3    c3    c3
                    3.2      1  b1    b1    b1
                    3.3      3  c3    c3    c3
                    3.4      2  b2    b2    b2
                    3.5      3  b2    b2    b2
                    4.1      5  c3    c3    c3
                    4.2      3  c2    c2    c2
                    4.3      5  c2    c2    d3
                    5.1      5  e5    e5    e5
                    5.2      2  c2    c2    c2
                    5.3      5  d5    c3    d5
                    6.1      2  c2    c2    c2
                    6.2      2  c2    c2    c2
                    6.3      4  d4    c2    d4
                    6.4      4  e4    e4    e4
                    7        3  b1    b1    b1
                    8        5  c3    c3    d5
                    9        5  a2    a2    a2
                    10       5  b3    b3    b3
                    11       2  b2    b2    b2
                    12       3  a1    a1    a1
                    A       40  30    30    30
                    B       25  19    17    20
                    C       35  24    22    26
                    total  100  73    69    76
                    """);

    @Test
    void should_rate_meo_vac_mint_honey_on_sheet_4_four_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(MAT_ONG_BAC_HA);
        // THEN
        assertScoredAsWritten(MAT_ONG_BAC_HA, r);
        assertAverage(r, "218/3 ≈ 72.67", 73, 69, 76);
        assertPartAverages(r, "30", "56/3 ≈ 18.67", "24");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "17.34", "1.3.c", "1.5.d", "4.1.d", "6.3.d", "8.d");
    }

    /*
     * Sheet 5 (I.3.a, Đồ ăn nhanh)
     * Bánh mì que Hải Phòng — Hộ kinh doanh bánh mì que Bà Dung (Lê Chân, Hải Phòng), household;
     * provincial council of 3, decided 2026-08-14.
     * A household business entering OCOP for the first time: tasty, but small, with a simple label, a
     * trademark application only and no linkage.
     *
     * M1 Phạm Văn Long (Sở Công Thương)
     * M2 Đào Thị Huyền (Sở Y tế)
     * M3 Ngô Quang Vinh (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 47 + 49 + 48 = 144; average 144/3 = 48 → band 2★ ([30, 50)).
     * Part averages: A 18, B 34/3 ≈ 11.33, C 56/3 ≈ 18.67.
     * ***   1.1.b 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.4.c 1.5.a 2.1.c 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.4.c 6.5.c 7.c 9.b — not met:
     *       1.4.c (average 0 < 2), 2.1.c (average 3 < 5), 2.3.c (average 1 < 3), 3.4.b (average 1 < 2),
     *       3.5.b (average 1 < 2), 4.1.c (average 7/3 ≈ 2.33 < 3), 5.1.e (average 2 < 5),
     *       7.c (average 1 < 3), 9.b (average 1 < 3).
     * ***** 1.4.d 4.1.d 6.4.d 6.5.d 7.d — not met: 1.4.d (average 0 < 3), 4.1.d (average 7/3 ≈ 2.33 < 5),
     *       6.4.d (average 2 < 3), 6.5.d (average 8/3 ≈ 2.67 < 4), 7.d (average 1 < 5).
     * → band 2★: no recognition decision, no certificate (Điều 4.1.a).
     * Gap to 3★: 2.00 points, minimums still missing: none.
     */
    static final SheetCase BANH_MI_QUE = SheetCase.on(ProductSet.FAST_FOOD)
            .product("31-11311-005-2026", "Bánh mì que Hải Phòng",
                    Locality.of("31", "Hải Phòng", "11311", "Lê Chân"))
            .producer("P-05", "Hộ kinh doanh bánh mì que Bà Dung", ProducerType.HOUSEHOLD)
            .council("Phạm Văn Long (Sở Công Thương)",
                    "Đào Thị Huyền (Sở Y tế)",
                    "Ngô Quang Vinh (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-08-14")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      3  b2    b2    b2
                    1.2      3  b2    b2    b2
                    1.3      3  a1    a1    a1
                    1.4      3  a0    a0    a0
                    1.5      3  a1    a1    a1
                    1.6      1  a0    a0    a0
                    2.1      5  b3    b3    b3
                    2.2      3  c2    c2    c2
                    2.3      3  a1    a1    a1
                    2.4      1  0     0     0
                    3.1      3  a1    a1    a1
                    3.2      1  b1    b1    b1
                    3.3      3  b2    b2    b2
                    3.4      2  a1    a1    a1
                    3.5      3  a1    a1    a1
                    4.1      5  b2    b2    c3
                    4.2      3  b1    b1    b1
                    4.3      5  c2    c2    c2
                    5.1      5  c2    c2    c2
                    5.2      2  b1    b1    b1
                    5.3      5  c3    c3    c3
                    6.1      2  c2    c2    c2
                    6.2      3  d3    d3    d3
                    6.3      3  d3    d3    d3
                    6.4      3  c2    c2    c2
                    6.5      4  c2    d4    c2
                    7        5  b1    b1    b1
                    8        5  a2    a2    a2
                    9        5  a1    a1    a1
                    10       2  a1    a1    a1
                    11       3  a1    a1    a1
                    A       40  18    18    18
                    B       25  11    11    12
                    C       35  18    20    18
                    total  100  47    49    48
                    """);

    @Test
    void should_rate_hai_phong_stick_bread_on_sheet_5_two_stars_and_not_certify_it() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(BANH_MI_QUE);
        // THEN
        assertScoredAsWritten(BANH_MI_QUE, r);
        assertAverage(r, "48", 47, 49, 48);
        assertPartAverages(r, "18", "34/3 ≈ 11.33", "56/3 ≈ 18.67");
        assertThat(r.bandStars()).isEqualTo(2);
        assertNotCertified(r, 2);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 3, "2.00");
    }

    /*
     * Sheet 6 (I.3.b, Chế biến từ gạo, ngũ cốc)
     * Bánh tráng phơi sương Trảng Bàng — Tổ hợp tác bánh tráng phơi sương Trảng Bàng (Trảng Bàng, Tây Ninh), cooperative group;
     * provincial council of 3, decided 2026-09-18.
     * Dew-dried rice paper, a commune-only tradition; a cooperative group led by a woman, sold through a
     * few agents with a trademark registered.
     *
     * M1 Võ Thành Nhân (Sở Công Thương)
     * M2 Lê Thị Cẩm (Sở Nông nghiệp và Môi trường)
     * M3 Trần Quốc Bảo (Sở Y tế)
     *
     * Totals 63 + 65 + 66 = 194; average 194/3 ≈ 64.67 → band 3★ ([50, 70)).
     * Part averages: A 24, B 47/3 ≈ 15.67, C 25.
     * ***   1.1.b 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.5.c 1.6.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.4.c 6.5.c 7.c 9.b — not met:
     *       1.5.c (average 1 < 2), 2.3.c (average 2 < 3), 3.4.b (average 1 < 2), 5.1.e (average 3 < 5),
     *       9.b (average 1 < 3).
     * ***** 1.5.d 4.1.d 6.4.d 6.5.d 7.d — not met: 1.5.d (average 1 < 3), 4.1.d (average 3 < 5),
     *       7.d (average 11/3 ≈ 3.67 < 5).
     * → 3★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 4★: 5.34 points, minimums still missing: 1.5.c, 2.3.c, 3.4.b, 5.1.e, 9.b.
     */
    static final SheetCase BANH_TRANG_TRANG_BANG = SheetCase.on(ProductSet.PROCESSED_RICE_GRAINS)
            .product("80-25708-004-2026", "Bánh tráng phơi sương Trảng Bàng",
                    Locality.of("80", "Tây Ninh", "25708", "Trảng Bàng"))
            .producer("P-06", "Tổ hợp tác bánh tráng phơi sương Trảng Bàng", ProducerType.COOPERATIVE_GROUP)
            .council("Võ Thành Nhân (Sở Công Thương)",
                    "Lê Thị Cẩm (Sở Nông nghiệp và Môi trường)",
                    "Trần Quốc Bảo (Sở Y tế)")
            .decided("2026-09-18")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      3  b2    b2    b2
                    1.2      2  b1    b1    b1
                    1.3      3  b2    b2    b2
                    1.4      3  b2    b2    b2
                    1.5      3  b1    b1    b1
                    1.6      3  a1    a1    a1
                    1.7      1  a0    a0    a0
                    2.1      3  d3    d3    d3
                    2.2      3  c2    c2    c2
                    2.3      3  b2    b2    b2
                    2.4      1  0     0     0
                    3.1      3  a1    a1    a1
                    3.2      1  b1    b1    b1
                    3.3      3  c3    c3    c3
                    3.4      2  a1    a1    a1
                    3.5      3  b2    b2    b2
                    4.1      5  c3    c3    c3
                    4.2      3  b1    b1    b1
                    4.3      5  d3    d3    d3
                    5.1      5  d3    d3    d3
                    5.2      2  c2    c2    c2
                    5.3      5  c3    c3    d5
                    6.1      3  c3    c3    c3
                    6.2      3  c2    c2    c2
                    6.3      3  c2    c2    d3
                    6.4      3  d3    d3    d3
                    6.5      3  d3    d3    d3
                    7        5  c3    d5    c3
                    8        5  b4    b4    b4
                    9        5  a1    a1    a1
                    10       2  b2    b2    b2
                    11       3  a1    a1    a1
                    A       40  24    24    24
                    B       25  15    15    17
                    C       35  24    26    25
                    total  100  63    65    66
                    """);

    @Test
    void should_rate_trang_bang_dew_rice_paper_on_sheet_6_three_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(BANH_TRANG_TRANG_BANG);
        // THEN
        assertScoredAsWritten(BANH_TRANG_TRANG_BANG, r);
        assertAverage(r, "194/3 ≈ 64.67", 63, 65, 66);
        assertPartAverages(r, "24", "47/3 ≈ 15.67", "25");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 4, "5.34", "1.5.c", "2.3.c", "3.4.b", "5.1.e", "9.b");
    }

    /*
     * Sheet 7 (I.3.c, Chế biến từ rau, củ, quả, hạt)
     * Xoài sấy dẻo Yên Châu — Công ty TNHH Nông sản Yên Châu (Yên Châu, Sơn La), small medium enterprise;
     * provincial council of 4, decided 2026-10-12.
     * Soft-dried Yên Châu mango: good product, supermarket and e-commerce contracts, but linkage contracts
     * cover only 50–75% of output and the factory holds a food-safety certificate without ISO/HACCP.
     *
     * M1 Lò Văn Hiên (Sở Nông nghiệp và Môi trường)
     * M2 Cầm Thị Xuân (Sở Công Thương)
     * M3 Nguyễn Đức Mạnh (Sở Y tế)
     * M4 Đinh Thị Lan (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 77 + 78 + 75 + 80 = 310; average 310/4 = 77.5 → band 4★ ([70, 90)).
     * Part averages: A 32.25, B 21.25, C 24.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.5.c 1.6.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.3.c 6.4.b 6.5.c 7.c 9.b — not met:
     *       1.5.c (average 1.25 < 2), 9.b (average 1 < 3).
     * ***** 1.5.d 4.1.d 6.3.d 6.4.c 6.5.d 7.d — not met: 1.5.d (average 1.25 < 3), 6.3.d (average 2 < 3),
     *       6.4.c (average 2 < 3), 6.5.d (average 3.5 < 5), 7.d (average 3.5 < 5).
     * → band 4★, but the **** minimums 1.5.c, 9.b are missing: under HIGHEST_STAR_MET the highest star
     * whose minimums are all met is 3★, certified by the provincial People's Committee.
     * Gap to 4★: 0.00 points, minimums still missing: 1.5.c, 9.b.
     */
    static final SheetCase XOAI_SAY_YEN_CHAU = SheetCase.on(ProductSet.PROCESSED_PRODUCE)
            .product("14-04093-002-2026", "Xoài sấy dẻo Yên Châu",
                    Locality.of("14", "Sơn La", "04093", "Yên Châu"))
            .producer("P-07", "Công ty TNHH Nông sản Yên Châu", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Lò Văn Hiên (Sở Nông nghiệp và Môi trường)",
                    "Cầm Thị Xuân (Sở Công Thương)",
                    "Nguyễn Đức Mạnh (Sở Y tế)",
                    "Đinh Thị Lan (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-10-12")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      3  c3    c3    c3    c3
                    1.2      2  b1    b1    b1    b1
                    1.3      3  c3    c3    c3    c3
                    1.4      3  b2    b2    b2    b2
                    1.5      3  b1    b1    b1    c2
                    1.6      3  b2    b2    b2    b2
                    1.7      1  b1    b1    b1    b1
                    2.1      3  d3    d3    d3    d3
                    2.2      3  d3    d3    d3    d3
                    2.3      3  c3    c3    c3    c3
                    2.4      1  1     1     1     1
                    3.1      3  b1    b1    b1    b1
                    3.2      1  b1    b1    b1    b1
                    3.3      3  c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2
                    4.1      5  d5    d5    d5    d5
                    4.2      3  c2    c2    c2    c2
                    4.3      5  d3    c2    d3    d3
                    5.1      5  e5    e5    e5    e5
                    5.2      2  c2    c2    c2    c2
                    5.3      5  d5    d5    c3    d5
                    6.1      2  c2    c2    c2    c2
                    6.2      2  c2    c2    c2    c2
                    6.3      3  c2    c2    c2    c2
                    6.4      3  b2    b2    b2    b2
                    6.5      5  c3    d5    c3    c3
                    7        5  c3    c3    c3    d5
                    8        5  b4    b4    b4    b4
                    9        5  a1    a1    a1    a1
                    10       2  b2    b2    b2    b2
                    11       3  b2    b2    b2    b2
                    A       40  32    32    32    33
                    B       25  22    21    20    22
                    C       35  23    25    23    25
                    total  100  77    78    75    80
                    """);

    @Test
    void should_rate_yen_chau_dried_mango_on_sheet_7_three_stars_because_four_star_minimums_are_missing() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(XOAI_SAY_YEN_CHAU);
        // THEN
        assertScoredAsWritten(XOAI_SAY_YEN_CHAU, r);
        assertAverage(r, "77.5", 77, 78, 75, 80);
        assertPartAverages(r, "32.25", "21.25", "24");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).containsExactly("1.5.c", "9.b");
        assertGap(r, 4, "0.00", "1.5.c", "9.b");
    }

    /*
     * Sheet 8 (I.3.d, Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác)
     * Chả mực giã tay Hạ Long — Công ty TNHH Chả mực Hạ Long (Hạ Long, Quảng Ninh), small medium enterprise;
     * provincial council of 5, decided 2026-10-20.
     * Hand-pounded Hạ Long squid cake: collective mark, linkage contracts kept for over 12 months, HACCP
     * plant, sold in supermarkets and on e-commerce platforms, outstanding taste.
     *
     * M1 Bùi Văn Hải (Sở Nông nghiệp và Môi trường)
     * M2 Nguyễn Thị Thanh (Sở Công Thương)
     * M3 Phạm Quang Huy (Sở Y tế)
     * M4 Lê Thu Trang (Sở Khoa học và Công nghệ)
     * M5 Đặng Văn Khoa (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 92 + 94 + 92 + 91 + 92 = 461; average 461/5 = 92.2 → band 5★ ([90, 100]).
     * Part averages: A 36, B 24.6, C 31.6.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.5.c 1.6.a 2.1.c 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.3.c 6.4.c 6.5.c 7.c 9.b: all met.
     * ***** 1.5.d 4.1.d 6.3.d 6.4.d 6.5.d 7.d: all met.
     * → 5★ band and every ***, **** and ***** minimum met: a potential 5★, forwarded to the central
     * council (Điều 7.3.e); no certificate at the province.
     */
    static final SheetCase CHA_MUC_HA_LONG = SheetCase.on(ProductSet.PROCESSED_MEAT_FISH_HONEY)
            .product("22-06661-001-2026", "Chả mực giã tay Hạ Long",
                    Locality.of("22", "Quảng Ninh", "06661", "Hạ Long"))
            .producer("P-08", "Công ty TNHH Chả mực Hạ Long", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Bùi Văn Hải (Sở Nông nghiệp và Môi trường)",
                    "Nguyễn Thị Thanh (Sở Công Thương)",
                    "Phạm Quang Huy (Sở Y tế)",
                    "Lê Thu Trang (Sở Khoa học và Công nghệ)",
                    "Đặng Văn Khoa (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-10-20")
            .scores("""
                    crit   max  M1    M2    M3    M4    M5
                    1.1      3  c3    c3    c3    c3    c3
                    1.2      2  a0    a0    a0    a0    a0
                    1.3      3  c3    c3    c3    c3    c3
                    1.4      3  c3    c3    c3    c3    c3
                    1.5      3  d3    d3    d3    d3    d3
                    1.6      3  c3    c3    c3    c3    c3
                    1.7      1  b1    b1    b1    b1    b1
                    2.1      3  c3    c3    c3    c3    c3
                    2.2      3  d3    d3    d3    d3    d3
                    2.3      3  c3    c3    c3    c3    c3
                    2.4      1  1     1     1     1     1
                    3.1      3  b2    b2    b2    b2    b2
                    3.2      1  b1    b1    b1    b1    b1
                    3.3      3  c3    c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2    b2
                    4.1      5  d5    d5    d5    d5    d5
                    4.2      3  d3    d3    c2    d3    d3
                    4.3      5  e5    e5    e5    e5    e5
                    5.1      5  e5    e5    e5    e5    e5
                    5.2      2  c2    c2    c2    b1    c2
                    5.3      5  d5    d5    d5    d5    d5
                    6.1      2  c2    c2    c2    c2    c2
                    6.2      3  d3    d3    d3    d3    c2
                    6.3      3  d3    d3    d3    d3    d3
                    6.4      3  d3    d3    d3    d3    d3
                    6.5      4  d4    d4    d4    d4    d4
                    7        5  d5    d5    d5    d5    d5
                    8        5  b4    b4    b4    b4    c5
                    9        5  b3    c5    b3    b3    b3
                    10       2  b2    b2    b2    b2    b2
                    11       3  b2    b2    c3    b2    b2
                    A       40  36    36    36    36    36
                    B       25  25    25    24    24    25
                    C       35  31    33    32    31    31
                    total  100  92    94    92    91    92
                    """);

    @Test
    void should_forward_ha_long_squid_cake_on_sheet_8_to_the_central_council_as_a_potential_five_star() {
        // GIVEN the 5 sheets above
        // WHEN
        RatingDecision r = rate(CHA_MUC_HA_LONG);
        // THEN
        assertScoredAsWritten(CHA_MUC_HA_LONG, r);
        assertAverage(r, "92.2", 92, 94, 92, 91, 92);
        assertPartAverages(r, "36", "24.6", "31.6");
        assertThat(r.bandStars()).isEqualTo(5);
        assertForwardedAsPotentialFiveStar(r);
        assertThat(missingMinimums(r)).isEmpty();
        assertThat(r.gapToNextStar()).isEmpty();
    }

    /*
     * Sheet 9 (I.4.a, Tương, nước mắm, gia vị dạng lỏng khác)
     * Nước mắm Nam Ô — Công ty TNHH Nước mắm truyền thống Nam Ô (Hải Vân, Đà Nẵng), small medium enterprise;
     * provincial council of 4, decided 2026-09-30.
     * Traditional anchovy fish sauce of the Nam Ô village: HACCP, over 5 agents, a moving story, rich
     * taste.
     *
     * M1 Trần Thị Hoa (Sở Nông nghiệp và Môi trường)
     * M2 Lê Văn Sơn (Sở Công Thương)
     * M3 Nguyễn Minh Tâm (Sở Y tế)
     * M4 Phan Thị Diệu (Sở Văn hóa, Thể thao và Du lịch)
     *
     * Totals 79 + 82 + 81 + 76 = 318; average 318/4 = 79.5 → band 4★ ([70, 90)).
     * Part averages: A 33, B 20.25, C 26.25.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.3.c 6.4.c 6.5.c 7.c 9.b: all met.
     * ***** 1.4.d 4.1.d 6.3.d 6.4.d 6.5.d 7.d — not met: 1.4.d (average 2 < 3), 4.1.d (average 3 < 5),
     *       6.3.d (average 2.25 < 3), 6.5.d (average 3.5 < 4), 7.d (average 3.5 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 10.50 points, minimums still missing: 1.4.d, 4.1.d, 6.3.d, 6.5.d, 7.d.
     */
    static final SheetCase NUOC_MAM_NAM_O = SheetCase.on(ProductSet.SAUCES_FISH_SAUCE)
            .product("48-20209-002-2026", "Nước mắm Nam Ô",
                    Locality.of("48", "Đà Nẵng", "20209", "Hải Vân"))
            .producer("P-09", "Công ty TNHH Nước mắm truyền thống Nam Ô", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Trần Thị Hoa (Sở Nông nghiệp và Môi trường)",
                    "Lê Văn Sơn (Sở Công Thương)",
                    "Nguyễn Minh Tâm (Sở Y tế)",
                    "Phan Thị Diệu (Sở Văn hóa, Thể thao và Du lịch)")
            .decided("2026-09-30")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      5  b3    b3    b3    b3
                    1.2      3  c3    c3    c3    c3
                    1.3      3  b2    b2    b2    b2
                    1.4      3  c2    c2    c2    c2
                    1.5      3  b2    b2    b2    b2
                    1.6      1  b1    b1    b1    b1
                    2.1      3  d3    d3    d3    d3
                    2.2      3  d3    d3    d3    d3
                    2.3      3  c3    c3    c3    c3
                    2.4      1  1     1     1     1
                    3.1      3  b2    b2    b2    b2
                    3.2      1  b1    b1    b1    b1
                    3.3      3  c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2
                    4.1      5  c3    c3    c3    c3
                    4.2      3  c2    c2    c2    c2
                    4.3      5  d3    d3    e5    d3
                    5.1      5  e5    e5    e5    e5
                    5.2      2  c2    c2    c2    b1
                    5.3      5  d5    d5    d5    d5
                    6.1      2  c2    c2    c2    c2
                    6.2      3  c2    c2    c2    c2
                    6.3      3  c2    d3    c2    c2
                    6.4      3  d3    d3    d3    d3
                    6.5      4  d4    d4    d4    c2
                    7        5  c3    d5    c3    c3
                    8        5  b4    b4    b4    b4
                    9        5  b3    b3    b3    b3
                    10       2  b2    b2    b2    b2
                    11       3  a1    a1    a1    a1
                    A       40  33    33    33    33
                    B       25  20    20    22    19
                    C       35  26    29    26    24
                    total  100  79    82    81    76
                    """);

    @Test
    void should_rate_nam_o_fish_sauce_on_sheet_9_four_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(NUOC_MAM_NAM_O);
        // THEN
        assertScoredAsWritten(NUOC_MAM_NAM_O, r);
        assertAverage(r, "79.5", 79, 82, 81, 76);
        assertPartAverages(r, "33", "20.25", "26.25");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "10.50", "1.4.d", "4.1.d", "6.3.d", "6.5.d", "7.d");
    }

    /*
     * Sheet 10 (I.4.b, Gia vị khác (muối, hành, tỏi, tiêu,...))
     * Tỏi cô đơn Lý Sơn — HTX Tỏi Lý Sơn (Lý Sơn, Quảng Ngãi), cooperative;
     * provincial council of 3, decided 2026-09-15.
     * Single-clove garlic grown on the volcanic sand of Lý Sơn island: outstanding taste and a strong
     * story, but simple processing, linkage for 50–75% of output, no electronic traceability, a food-
     * safety certificate only.
     *
     * M1 Võ Văn Thành (Sở Nông nghiệp và Môi trường)
     * M2 Trần Thị Hạnh (Sở Công Thương)
     * M3 Lê Minh Đạo (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 65 + 67 + 64 = 196; average 196/3 ≈ 65.33 → band 3★ ([50, 70)).
     * Part averages: A 25, B 50/3 ≈ 16.67, C 71/3 ≈ 23.67.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.5.c 1.6.a 2.1.d 2.3.c 3.4.b 4.1.c 5.1.e 6.1.c 6.3.c 6.4.c 6.5.c 7.c 9.b — not met:
     *       1.5.c (average 1 < 2), 2.3.c (average 2 < 3), 3.4.b (average 1 < 2), 5.1.e (average 3 < 5),
     *       9.b (average 1 < 3).
     * ***** 1.5.d 4.1.d 6.3.d 6.4.d 6.5.d 7.d — not met: 1.5.d (average 1 < 3), 4.1.d (average 3 < 5),
     *       6.3.d (average 7/3 ≈ 2.33 < 3), 7.d (average 13/3 ≈ 4.33 < 5).
     * → 3★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 4★: 4.67 points, minimums still missing: 1.5.c, 2.3.c, 3.4.b, 5.1.e, 9.b.
     */
    static final SheetCase TOI_LY_SON = SheetCase.on(ProductSet.OTHER_SPICES)
            .product("51-22001-001-2026", "Tỏi cô đơn Lý Sơn",
                    Locality.of("51", "Quảng Ngãi", "22001", "Lý Sơn"))
            .producer("P-10", "HTX Tỏi Lý Sơn", ProducerType.COOPERATIVE)
            .council("Võ Văn Thành (Sở Nông nghiệp và Môi trường)",
                    "Trần Thị Hạnh (Sở Công Thương)",
                    "Lê Minh Đạo (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-09-15")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      3  c3    c3    c3
                    1.2      2  b1    b1    b1
                    1.3      3  a1    a1    a1
                    1.4      3  b2    b2    b2
                    1.5      3  b1    b1    b1
                    1.6      3  a1    a1    a1
                    1.7      1  a0    a0    a0
                    2.1      3  d3    d3    d3
                    2.2      3  c2    c2    c2
                    2.3      3  b2    b2    b2
                    2.4      1  0     0     0
                    3.1      3  c3    c3    c3
                    3.2      1  a0    a0    a0
                    3.3      3  c3    c3    c3
                    3.4      2  a1    a1    a1
                    3.5      3  b2    b2    b2
                    4.1      5  c3    c3    c3
                    4.2      3  b1    b1    c2
                    4.3      5  d3    d3    d3
                    5.1      5  d3    d3    d3
                    5.2      2  b1    c2    b1
                    5.3      5  d5    d5    d5
                    6.1      2  c2    c2    c2
                    6.2      3  d3    d3    d3
                    6.3      3  c2    d3    c2
                    6.4      3  d3    d3    d3
                    6.5      4  d4    d4    d4
                    7        5  d5    d5    c3
                    8        5  a2    a2    a2
                    9        5  a1    a1    a1
                    10       2  a1    a1    a1
                    11       3  a1    a1    a1
                    A       40  25    25    25
                    B       25  16    17    17
                    C       35  24    25    22
                    total  100  65    67    64
                    """);

    @Test
    void should_rate_ly_son_garlic_on_sheet_10_three_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(TOI_LY_SON);
        // THEN
        assertScoredAsWritten(TOI_LY_SON, r);
        assertAverage(r, "196/3 ≈ 65.33", 65, 67, 64);
        assertPartAverages(r, "25", "50/3 ≈ 16.67", "71/3 ≈ 23.67");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 4, "4.67", "1.5.c", "2.3.c", "3.4.b", "5.1.e", "9.b");
    }

    /*
     * Sheet 11 (I.5.a, Chè tươi, chè chế biến)
     * Chè Shan tuyết Suối Giàng — HTX Chè Shan tuyết Suối Giàng (Suối Giàng, Lào Cai), cooperative;
     * provincial council of 3, decided 2026-10-08.
     * Hundred-year-old Shan tuyết tea trees, organic certificate, led by a H'Mông director; clean leaves
     * (6.1.1.c); for option 6.1.1.b, printed with 11 points, see RatingMechanismsTest.
     *
     * M1 Hà Văn Chung (Sở Nông nghiệp và Môi trường)
     * M2 Giàng Thị Dua (cơ quan quản lý OCOP tỉnh)
     * M3 Nguyễn Văn Kiên (Sở Khoa học và Công nghệ)
     *
     * Totals 79 + 82 + 80 = 241; average 241/3 ≈ 80.33 → band 4★ ([70, 90)).
     * Part averages: A 34, B 59/3 ≈ 19.67, C 80/3 ≈ 26.67.
     * ***   1.1.b 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.5.c 1.6.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.1.c 6.1.2.c 7.c 9.b: all met.
     * ***** 1.5.d 4.1.d 7.d — not met: 1.5.d (average 2 < 3), 4.1.d (average 3 < 5),
     *       7.d (average 11/3 ≈ 3.67 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 9.67 points, minimums still missing: 1.5.d, 4.1.d, 7.d.
     */
    static final SheetCase CHE_SHAN_TUYET = SheetCase.on(ProductSet.TEA)
            .product("15-04447-001-2026", "Chè Shan tuyết Suối Giàng",
                    Locality.of("15", "Lào Cai", "04447", "Suối Giàng"))
            .producer("P-11", "HTX Chè Shan tuyết Suối Giàng", ProducerType.COOPERATIVE)
            .council("Hà Văn Chung (Sở Nông nghiệp và Môi trường)",
                    "Giàng Thị Dua (cơ quan quản lý OCOP tỉnh)",
                    "Nguyễn Văn Kiên (Sở Khoa học và Công nghệ)")
            .decided("2026-10-08")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      3  c3    c3    c3
                    1.2      2  c2    c2    c2
                    1.3      3  c2    c2    c2
                    1.4      3  b2    b2    b2
                    1.5      3  c2    c2    c2
                    1.6      3  a1    a1    a1
                    1.7      1  b1    b1    b1
                    2.1      3  d3    d3    d3
                    2.2      3  d3    d3    d3
                    2.3      3  c3    c3    c3
                    2.4      1  1     1     1
                    3.1      3  c3    c3    c3
                    3.2      1  b1    b1    b1
                    3.3      3  c3    c3    c3
                    3.4      2  b2    b2    b2
                    3.5      3  b2    b2    b2
                    4.1      5  c3    c3    c3
                    4.2      3  c2    c2    c2
                    4.3      5  d3    d3    c2
                    5.1      5  e5    e5    e5
                    5.2      2  c2    c2    c2
                    5.3      5  d5    d5    d5
                    6.1.1    2  c2    c2    c2
                    6.1.2    2  c2    c2    c2
                    6.2.1    3  c2    c2    c2
                    6.2.2    3  c2    d3    c2
                    6.2.3    5  c3    d5    c3
                    7        5  c3    c3    d5
                    8        5  b4    b4    b4
                    9        5  b3    b3    b3
                    10       2  b2    b2    b2
                    11       3  b2    b2    b2
                    A       40  34    34    34
                    B       25  20    20    19
                    C       35  25    28    27
                    total  100  79    82    80
                    """);

    @Test
    void should_rate_suoi_giang_shan_tuyet_tea_on_sheet_11_four_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(CHE_SHAN_TUYET);
        // THEN
        assertScoredAsWritten(CHE_SHAN_TUYET, r);
        assertAverage(r, "241/3 ≈ 80.33", 79, 82, 80);
        assertPartAverages(r, "34", "59/3 ≈ 19.67", "80/3 ≈ 26.67");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "9.67", "1.5.d", "4.1.d", "7.d");
    }

    /*
     * Sheet 12 (I.5.b, Sản phẩm trà từ thực vật khác)
     * Trà hoa vàng Ba Chẽ — HTX Trà hoa vàng Ba Chẽ (Ba Chẽ, Quảng Ninh), cooperative;
     * provincial council of 4, decided 2026-11-03.
     * Golden-camellia flower tea of the Dao people of Ba Chẽ; a Dao woman leads the cooperative.
     *
     * M1 Đặng Thị Hoa (Sở Nông nghiệp và Môi trường)
     * M2 Lý Văn Sinh (Sở Văn hóa, Thể thao và Du lịch)
     * M3 Nguyễn Thị Vân (Sở Y tế)
     * M4 Trịnh Văn Tuấn (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 73 + 74 + 75 + 73 = 295; average 295/4 = 73.75 → band 4★ ([70, 90)).
     * Part averages: A 28.75, B 18.5, C 26.5.
     * ***   1.1.b 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.5.c 1.6.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.c 6.3.c 6.4.c 6.5.c 7.c 9.b: all met.
     * ***** 1.5.d 4.1.d 7.d — not met: 1.5.d (average 2 < 3), 4.1.d (average 3 < 5), 7.d (average 3 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 16.25 points, minimums still missing: 1.5.d, 4.1.d, 7.d.
     */
    static final SheetCase TRA_HOA_VANG = SheetCase.on(ProductSet.HERBAL_TEA)
            .product("22-07099-002-2026", "Trà hoa vàng Ba Chẽ",
                    Locality.of("22", "Quảng Ninh", "07099", "Ba Chẽ"))
            .producer("P-12", "HTX Trà hoa vàng Ba Chẽ", ProducerType.COOPERATIVE)
            .council("Đặng Thị Hoa (Sở Nông nghiệp và Môi trường)",
                    "Lý Văn Sinh (Sở Văn hóa, Thể thao và Du lịch)",
                    "Nguyễn Thị Vân (Sở Y tế)",
                    "Trịnh Văn Tuấn (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-11-03")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      3  c3    c3    c3    c3
                    1.2      2  b1    b1    b1    b1
                    1.3      3  b1    b1    b1    b1
                    1.4      3  a1    a1    a1    a1
                    1.5      3  c2    c2    c2    c2
                    1.6      3  a1    a1    a1    a1
                    1.7      1  a0    a0    a0    a0
                    2.1      3  d3    d3    d3    d3
                    2.2      3  d3    d3    d3    c2
                    2.3      3  c3    c3    c3    c3
                    2.4      1  0     0     0     0
                    3.1      3  c3    c3    c3    c3
                    3.2      1  b1    b1    b1    b1
                    3.3      3  c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2
                    4.1      5  c3    c3    c3    c3
                    4.2      3  b1    b1    c2    b1
                    4.3      5  d3    d3    d3    d3
                    5.1      5  e5    e5    e5    e5
                    5.2      2  b1    b1    c2    b1
                    5.3      5  d5    d5    d5    d5
                    6.1      2  c2    c2    c2    c2
                    6.2      2  c2    c2    c2    c2
                    6.3      3  c2    d3    c2    c2
                    6.4      3  c2    c2    c2    d3
                    6.5      5  d5    d5    d5    d5
                    7        5  c3    c3    c3    c3
                    8        5  b4    b4    b4    b4
                    9        5  b3    b3    b3    b3
                    10       2  b2    b2    b2    b2
                    11       3  a1    a1    a1    a1
                    A       40  29    29    29    28
                    B       25  18    18    20    18
                    C       35  26    27    26    27
                    total  100  73    74    75    73
                    """);

    @Test
    void should_rate_ba_che_golden_camellia_tea_on_sheet_12_four_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(TRA_HOA_VANG);
        // THEN
        assertScoredAsWritten(TRA_HOA_VANG, r);
        assertAverage(r, "73.75", 73, 74, 75, 73);
        assertPartAverages(r, "28.75", "18.5", "26.5");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "16.25", "1.5.d", "4.1.d", "7.d");
    }

    /*
     * Sheet 13 (I.6, Sản phẩm cà phê, ca cao)
     * Cà phê Arabica Cầu Đất — Công ty TNHH Cà phê Cầu Đất Farm (Xuân Trường, Lâm Đồng), small medium enterprise;
     * provincial council of 5, decided 2026-10-28.
     * Roasted Arabica from the Cầu Đất highlands: ISO-certified roastery, supermarkets and export; the
     * linkage contracts have not yet run 12 months (1.5.c, not d).
     *
     * M1 Nguyễn Văn Phúc (Sở Nông nghiệp và Môi trường)
     * M2 K'Brèo Thị Hương (Sở Công Thương)
     * M3 Trần Đức Anh (Sở Khoa học và Công nghệ)
     * M4 Lê Thị Mai (Sở Y tế)
     * M5 Hoàng Minh Tuấn (chuyên gia)
     *
     * Totals 87 + 87 + 89 + 85 + 90 = 438; average 438/5 = 87.6 → band 4★ ([70, 90)).
     * Part averages: A 34.2, B 23.2, C 30.2.
     * ***   1.1.b 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.5.c 1.6.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 7.c 9.b: all met.
     * ***** 1.5.d 4.1.d 7.d — not met: 1.5.d (average 2 < 3), 7.d (average 3.4 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 2.40 points, minimums still missing: 1.5.d, 7.d.
     */
    static final SheetCase CA_PHE_CAU_DAT = SheetCase.on(ProductSet.COFFEE_COCOA)
            .product("68-24817-003-2026", "Cà phê Arabica Cầu Đất",
                    Locality.of("68", "Lâm Đồng", "24817", "Xuân Trường"))
            .producer("P-13", "Công ty TNHH Cà phê Cầu Đất Farm", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Nguyễn Văn Phúc (Sở Nông nghiệp và Môi trường)",
                    "K'Brèo Thị Hương (Sở Công Thương)",
                    "Trần Đức Anh (Sở Khoa học và Công nghệ)",
                    "Lê Thị Mai (Sở Y tế)",
                    "Hoàng Minh Tuấn (chuyên gia)")
            .decided("2026-10-28")
            .scores("""
                    crit   max  M1    M2    M3    M4    M5
                    1.1      3  c3    c3    c3    c3    c3
                    1.2      2  c2    c2    c2    c2    c2
                    1.3      3  d3    d3    d3    d3    d3
                    1.4      3  b2    b2    b2    b2    b2
                    1.5      3  c2    c2    c2    c2    c2
                    1.6      3  b2    b2    b2    b2    c3
                    1.7      1  b1    b1    b1    b1    b1
                    2.1      3  d3    d3    d3    d3    d3
                    2.2      3  d3    d3    d3    d3    d3
                    2.3      3  c3    c3    c3    c3    c3
                    2.4      1  1     1     1     1     1
                    3.1      3  b2    b2    b2    b2    b2
                    3.2      1  a0    a0    a0    a0    a0
                    3.3      3  c3    c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2    b2
                    4.1      5  d5    d5    d5    d5    d5
                    4.2      4  c3    c3    c3    c3    c3
                    4.3      4  d3    e4    d3    d3    d3
                    5.1      5  e5    e5    e5    e5    e5
                    5.2      2  c2    c2    c2    c2    c2
                    5.3      5  d5    d5    d5    d5    d5
                    6.1.1    2  c2    c2    c2    c2    c2
                    6.1.2    2  c2    c2    c2    c2    c2
                    6.1.3    2  c2    c2    c2    c2    c2
                    6.1.4    2  c2    b1    c2    c2    c2
                    6.1.5    2  c2    c2    c2    c2    c2
                    6.2.1    2  c2    c2    c2    c2    c2
                    6.2.2    3  c3    c3    c3    b1    c3
                    7        5  c3    c3    d5    c3    c3
                    8        5  b4    b4    b4    b4    b4
                    9        5  b3    b3    b3    b3    c5
                    10       2  b2    b2    b2    b2    b2
                    11       3  c3    c3    c3    c3    c3
                    A       40  34    34    34    34    35
                    B       25  23    24    23    23    23
                    C       35  30    29    32    28    32
                    total  100  87    87    89    85    90
                    """);

    @Test
    void should_rate_cau_dat_arabica_coffee_on_sheet_13_four_stars_certified_by_the_province() {
        // GIVEN the 5 sheets above
        // WHEN
        RatingDecision r = rate(CA_PHE_CAU_DAT);
        // THEN
        assertScoredAsWritten(CA_PHE_CAU_DAT, r);
        assertAverage(r, "87.6", 87, 87, 89, 85, 90);
        assertPartAverages(r, "34.2", "23.2", "30.2");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "2.40", "1.5.d", "7.d");
    }

    /*
     * Sheet 14 (II.1.a, Rượu trắng)
     * Rượu Bàu Đá — Cơ sở sản xuất rượu Bàu Đá Nhơn Lộc (An Nhơn Tây, Gia Lai), household;
     * provincial council of 4, decided 2026-09-22.
     * Rice liquor distilled with the water of the Bàu Đá well; a registered household business with two
     * years of profit growth and a famous story.
     *
     * M1 Lê Văn Tâm (Sở Công Thương)
     * M2 Nguyễn Thị Ngọc Ánh (Sở Y tế)
     * M3 Trần Hữu Lộc (Sở Văn hóa, Thể thao và Du lịch)
     * M4 Phạm Ngọc Thạch (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 73 + 75 + 76 + 71 = 295; average 295/4 = 73.75 → band 4★ ([70, 90)).
     * Part averages: A 30, B 18.75, C 25.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 7.c 9.b: all met.
     * ***** 1.4.d 4.1.d 7.d — not met: 1.4.d (average 2 < 3), 4.1.d (average 3 < 5),
     *       7.d (average 3.5 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 16.25 points, minimums still missing: 1.4.d, 4.1.d, 7.d.
     */
    static final SheetCase RUOU_BAU_DA = SheetCase.on(ProductSet.WHITE_LIQUOR)
            .product("52-21703-001-2026", "Rượu Bàu Đá",
                    Locality.of("52", "Gia Lai", "21703", "An Nhơn Tây"))
            .producer("P-14", "Cơ sở sản xuất rượu Bàu Đá Nhơn Lộc", ProducerType.HOUSEHOLD)
            .council("Lê Văn Tâm (Sở Công Thương)",
                    "Nguyễn Thị Ngọc Ánh (Sở Y tế)",
                    "Trần Hữu Lộc (Sở Văn hóa, Thể thao và Du lịch)",
                    "Phạm Ngọc Thạch (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-09-22")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      4  c4    c4    c4    c4
                    1.2      3  b2    b2    b2    b2
                    1.3      3  b2    b2    b2    b2
                    1.4      3  c2    c2    c2    c2
                    1.5      3  a1    a1    a1    a1
                    1.6      1  b1    b1    b1    b1
                    2.1      4  d4    d4    d4    d4
                    2.2      3  d3    d3    d3    d3
                    2.3      3  c3    c3    c3    c3
                    2.4      1  0     0     0     0
                    3.1      3  a1    a1    a1    a1
                    3.2      1  a0    a0    a0    a0
                    3.3      3  c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2
                    4.1      5  c3    c3    c3    c3
                    4.2      3  b1    b1    c2    b1
                    4.3      5  d3    d3    d3    d3
                    5.1      5  e5    e5    e5    e5
                    5.2      2  c2    c2    c2    c2
                    5.3      5  d5    d5    d5    c3
                    6.1      2  c2    c2    c2    c2
                    6.2      3  c3    c3    c3    c3
                    6.3      5  e5    e5    e5    e5
                    6.4      5  d3    e5    d3    d3
                    7        5  c3    c3    d5    c3
                    8        5  b4    b4    b4    b4
                    9        5  b3    b3    b3    b3
                    10       5  a1    a1    a1    a1
                    A       40  30    30    30    30
                    B       25  19    19    20    17
                    C       35  24    26    26    24
                    total  100  73    75    76    71
                    """);

    @Test
    void should_rate_bau_da_rice_liquor_on_sheet_14_four_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(RUOU_BAU_DA);
        // THEN
        assertScoredAsWritten(RUOU_BAU_DA, r);
        assertAverage(r, "73.75", 73, 75, 76, 71);
        assertPartAverages(r, "30", "18.75", "25");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "16.25", "1.4.d", "4.1.d", "7.d");
    }

    /*
     * Sheet 15 (II.1.b, Đồ uống có cồn khác)
     * Rượu sim Phú Quốc — Công ty TNHH Rượu sim Phú Quốc (Phú Quốc, An Giang), small medium enterprise;
     * provincial council of 3, decided 2026-11-12.
     * Rose-myrtle wine sold to tourists on Phú Quốc: the score reaches the 4★ band, but the trademark is
     * only an accepted application (3.5.a) and two of three members find the aroma only characteristic,
     * not appealing (6.3.c).
     *
     * M1 Nguyễn Văn Lợi (Sở Công Thương)
     * M2 Danh Thị Sên (Sở Y tế)
     * M3 Trần Quốc Việt (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 74 + 75 + 76 = 225; average 225/3 = 75 → band 4★ ([70, 90)).
     * Part averages: A 33, B 62/3 ≈ 20.67, C 64/3 ≈ 21.33.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.2.b 6.3.d 6.4.d 7.c 9.b — not met:
     *       3.5.b (average 1 < 2), 6.3.d (average 7/3 ≈ 2.33 < 3).
     * ***** 1.4.d 4.1.d 7.d — not met: 1.4.d (average 2 < 3), 4.1.d (average 3 < 5), 7.d (average 3 < 5).
     * → band 4★, but the **** minimums 3.5.b, 6.3.d are missing: under HIGHEST_STAR_MET the highest star
     * whose minimums are all met is 3★, certified by the provincial People's Committee.
     * Gap to 4★: 0.00 points, minimums still missing: 3.5.b, 6.3.d.
     */
    static final SheetCase RUOU_SIM_PHU_QUOC = SheetCase.on(ProductSet.OTHER_ALCOHOLIC)
            .product("91-30964-002-2026", "Rượu sim Phú Quốc",
                    Locality.of("91", "An Giang", "30964", "Phú Quốc"))
            .producer("P-15", "Công ty TNHH Rượu sim Phú Quốc", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Nguyễn Văn Lợi (Sở Công Thương)",
                    "Danh Thị Sên (Sở Y tế)",
                    "Trần Quốc Việt (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-11-12")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      4  c4    c4    c4
                    1.2      3  b2    b2    b2
                    1.3      3  c3    c3    c3
                    1.4      3  c2    c2    c2
                    1.5      3  b2    b2    b2
                    1.6      1  b1    b1    b1
                    2.1      4  d4    d4    d4
                    2.2      3  d3    d3    d3
                    2.3      3  c3    c3    c3
                    2.4      1  1     1     1
                    3.1      3  b2    b2    b2
                    3.2      1  a0    a0    a0
                    3.3      3  c3    c3    c3
                    3.4      2  b2    b2    b2
                    3.5      3  a1    a1    a1
                    4.1      5  c3    c3    c3
                    4.2      3  c2    c2    c2
                    4.3      5  d3    d3    e5
                    5.1      5  e5    e5    e5
                    5.2      2  c2    c2    c2
                    5.3      5  d5    d5    d5
                    6.1      2  c2    c2    c2
                    6.2      3  c3    c3    c3
                    6.3      5  c2    d3    c2
                    6.4      5  d3    d3    d3
                    7        5  c3    c3    c3
                    8        5  b4    b4    b4
                    9        5  b3    b3    b3
                    10       5  a1    a1    a1
                    A       40  33    33    33
                    B       25  20    20    22
                    C       35  21    22    21
                    total  100  74    75    76
                    """);

    @Test
    void should_rate_phu_quoc_rose_myrtle_wine_on_sheet_15_three_stars_because_four_star_minimums_are_missing() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(RUOU_SIM_PHU_QUOC);
        // THEN
        assertScoredAsWritten(RUOU_SIM_PHU_QUOC, r);
        assertAverage(r, "75", 74, 75, 76);
        assertPartAverages(r, "33", "62/3 ≈ 20.67", "64/3 ≈ 21.33");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).containsExactly("3.5.b", "6.3.d");
        assertGap(r, 4, "0.00", "3.5.b", "6.3.d");
    }

    /*
     * Sheet 16 (II.2.a, Nước khoáng thiên nhiên, nước uống đóng chai)
     * Nước khoáng thiên nhiên Bang — Công ty TNHH Nước khoáng Bang (Kim Thủy, Quảng Trị), small medium enterprise;
     * provincial council of 3, decided 2026-08-28.
     * Bottled water from the Bang hot spring: clean and well declared, sold in the province through
     * several agents.
     *
     * M1 Hoàng Văn Nam (Sở Y tế)
     * M2 Trần Thị Bích (Sở Công Thương)
     * M3 Lê Quang Hiếu (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 59 + 57 + 61 = 177; average 177/3 = 59 → band 3★ ([50, 70)).
     * Part averages: A 67/3 ≈ 22.33, B 40/3 ≈ 13.33, C 70/3 ≈ 23.33.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 7.c — not met: 1.4.c (average 1/3 ≈ 0.33 < 2),
     *       2.1.d (average 2 < 4), 2.3.c (average 2 < 3), 3.4.b (average 1 < 2), 3.5.b (average 1 < 2),
     *       5.1.e (average 3 < 5).
     * ***** 1.4.d 4.1.d 7.d 9.c — not met: 1.4.d (average 1/3 ≈ 0.33 < 3), 4.1.d (average 3 < 5),
     *       7.d (average 3 < 5), 9.c (average 3 < 5).
     * → 3★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 4★: 11.00 points, minimums still missing: 1.4.c, 2.1.d, 2.3.c, 3.4.b, 3.5.b, 5.1.e.
     */
    static final SheetCase NUOC_KHOANG_BANG = SheetCase.on(ProductSet.MINERAL_WATER)
            .product("44-19510-001-2026", "Nước khoáng thiên nhiên Bang",
                    Locality.of("44", "Quảng Trị", "19510", "Kim Thủy"))
            .producer("P-16", "Công ty TNHH Nước khoáng Bang", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Hoàng Văn Nam (Sở Y tế)",
                    "Trần Thị Bích (Sở Công Thương)",
                    "Lê Quang Hiếu (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-08-28")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      4  c4    c4    c4
                    1.2      3  a1    a1    a1
                    1.3      3  b2    b2    b2
                    1.4      3  a0    a0    b1
                    1.5      3  a1    a1    a1
                    1.6      1  b1    b1    b1
                    2.1      4  c2    c2    c2
                    2.2      3  c2    c2    c2
                    2.3      3  b2    b2    b2
                    2.4      1  0     0     0
                    3.1      3  b2    b2    b2
                    3.2      1  a0    a0    a0
                    3.3      3  c3    c3    c3
                    3.4      2  a1    a1    a1
                    3.5      3  a1    a1    a1
                    4.1      5  c3    c3    c3
                    4.2      3  b1    b1    b1
                    4.3      5  c2    c2    d3
                    5.1      5  d3    d3    d3
                    5.2      2  b1    b1    b1
                    5.3      5  c3    c3    c3
                    6.1      3  b3    b3    b3
                    6.2      3  b3    b3    b3
                    6.3      4  c4    c4    c4
                    6.4      5  d5    c3    d5
                    7        5  c3    c3    c3
                    8        5  a2    a2    a2
                    9        5  b3    b3    b3
                    10       5  a1    a1    a1
                    A       40  22    22    23
                    B       25  13    13    14
                    C       35  24    22    24
                    total  100  59    57    61
                    """);

    @Test
    void should_rate_bang_mineral_water_on_sheet_16_three_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(NUOC_KHOANG_BANG);
        // THEN
        assertScoredAsWritten(NUOC_KHOANG_BANG, r);
        assertAverage(r, "59", 59, 57, 61);
        assertPartAverages(r, "67/3 ≈ 22.33", "40/3 ≈ 13.33", "70/3 ≈ 23.33");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 4, "11.00", "1.4.c", "2.1.d", "2.3.c", "3.4.b", "3.5.b", "5.1.e");
    }

    /*
     * Sheet 17 (II.2.b, Đồ uống không cồn khác)
     * Nước cốt chanh dây Lâm Hà — Công ty TNHH Thực phẩm Lâm Hà Xanh (Lâm Hà, Lâm Đồng), small medium enterprise;
     * provincial council of 4, decided 2026-10-02.
     * Passion-fruit concentrate from Lâm Hà farms; HACCP plant, but no registered trademark and no
     * electronic traceability yet.
     *
     * M1 Nguyễn Thị Thủy (Sở Công Thương)
     * M2 Phạm Văn Hậu (Sở Y tế)
     * M3 Lê Minh Khôi (Sở Nông nghiệp và Môi trường)
     * M4 Ka Thị Nhung (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 64 + 66 + 62 + 67 = 259; average 259/4 = 64.75 → band 3★ ([50, 70)).
     * Part averages: A 25, B 15.75, C 24.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 8.a 9.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.2.b 6.3.d 7.c 9.b — not met:
     *       2.1.d (average 2 < 4), 2.3.c (average 2 < 3), 3.4.b (average 1 < 2), 3.5.b (average 1 < 2),
     *       5.1.e (average 3 < 5), 7.c (average 2.5 < 3).
     * ***** 1.4.d 4.1.d 7.d — not met: 1.4.d (average 2 < 3), 4.1.d (average 3 < 5),
     *       7.d (average 2.5 < 5).
     * → 3★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 4★: 5.25 points, minimums still missing: 2.1.d, 2.3.c, 3.4.b, 3.5.b, 5.1.e, 7.c.
     */
    static final SheetCase CHANH_DAY_LAM_HA = SheetCase.on(ProductSet.OTHER_SOFT_DRINKS)
            .product("68-24991-004-2026", "Nước cốt chanh dây Lâm Hà",
                    Locality.of("68", "Lâm Đồng", "24991", "Lâm Hà"))
            .producer("P-17", "Công ty TNHH Thực phẩm Lâm Hà Xanh", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Nguyễn Thị Thủy (Sở Công Thương)",
                    "Phạm Văn Hậu (Sở Y tế)",
                    "Lê Minh Khôi (Sở Nông nghiệp và Môi trường)",
                    "Ka Thị Nhung (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-10-02")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      4  c4    c4    c4    c4
                    1.2      3  b2    b2    b2    b2
                    1.3      3  b2    b2    b2    b2
                    1.4      3  c2    c2    c2    c2
                    1.5      3  a1    a1    a1    a1
                    1.6      1  b1    b1    b1    b1
                    2.1      4  c2    c2    c2    c2
                    2.2      3  c2    c2    c2    c2
                    2.3      3  b2    b2    b2    b2
                    2.4      1  0     0     0     0
                    3.1      3  b2    b2    b2    b2
                    3.2      1  b1    b1    b1    b1
                    3.3      3  b2    b2    b2    b2
                    3.4      2  a1    a1    a1    a1
                    3.5      3  a1    a1    a1    a1
                    4.1      5  c3    c3    c3    c3
                    4.2      3  b1    b1    b1    c2
                    4.3      5  d3    d3    d3    d3
                    5.1      5  d3    d3    d3    d3
                    5.2      2  c2    c2    c2    c2
                    5.3      5  c3    c3    c3    d5
                    6.1      3  c3    c3    c3    c3
                    6.2      4  b2    c4    b2    b2
                    6.3      5  d3    d3    d3    d3
                    6.4      3  d3    d3    d3    d3
                    7        5  c3    c3    b1    c3
                    8        5  b4    b4    b4    b4
                    9        5  b3    b3    b3    b3
                    10       5  b3    b3    b3    b3
                    A       40  25    25    25    25
                    B       25  15    15    15    18
                    C       35  24    26    22    24
                    total  100  64    66    62    67
                    """);

    @Test
    void should_rate_lam_ha_passion_fruit_juice_on_sheet_17_three_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(CHANH_DAY_LAM_HA);
        // THEN
        assertScoredAsWritten(CHANH_DAY_LAM_HA, r);
        assertAverage(r, "64.75", 64, 66, 62, 67);
        assertPartAverages(r, "25", "15.75", "24");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 4, "5.25", "2.1.d", "2.3.c", "3.4.b", "3.5.b", "5.1.e", "7.c");
    }

    /*
     * Sheet 18 (III.1, Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền)
     * Cao Atiso Đà Lạt — Công ty TNHH Atiso Đà Lạt (Lâm Viên - Đà Lạt, Lâm Đồng), small medium enterprise;
     * provincial council of 4, decided 2026-09-05.
     * Artichoke extract (traditional medicine) from Đà Lạt gardens, GMP plant, periodic tests; a woman
     * leads the company.
     *
     * M1 Phan Thị Thu (Sở Y tế)
     * M2 Nguyễn Văn Huy (Sở Nông nghiệp và Môi trường)
     * M3 Trần Minh Hoàng (Sở Khoa học và Công nghệ)
     * M4 Vũ Thị Lan Anh (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 71 + 75 + 72 + 73 = 291; average 291/4 = 72.75 → band 4★ ([70, 90)).
     * Part averages: A 31.25, B 18.25, C 23.25.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 6.a: all met.
     * ****  1.5.c 1.6.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 6.b 11.c: all met.
     * ***** 1.5.d 4.1.d 11.d — not met: 1.5.d (average 2 < 3), 4.1.d (average 3 < 5),
     *       11.d (average 3 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 17.25 points, minimums still missing: 1.5.d, 4.1.d, 11.d.
     */
    static final SheetCase CAO_ATISO_DA_LAT = SheetCase.on(ProductSet.FUNCTIONAL_FOOD_HERBAL_MEDICINE)
            .product("68-24778-002-2026", "Cao Atiso Đà Lạt",
                    Locality.of("68", "Lâm Đồng", "24778", "Lâm Viên - Đà Lạt"))
            .producer("P-18", "Công ty TNHH Atiso Đà Lạt", ProducerType.SMALL_MEDIUM_ENTERPRISE)
            .council("Phan Thị Thu (Sở Y tế)",
                    "Nguyễn Văn Huy (Sở Nông nghiệp và Môi trường)",
                    "Trần Minh Hoàng (Sở Khoa học và Công nghệ)",
                    "Vũ Thị Lan Anh (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-09-05")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      3  c3    c3    c3    c3
                    1.2      2  b1    b1    b1    b1
                    1.3      3  c2    c2    c2    c2
                    1.4      3  b2    b2    b2    b2
                    1.5      3  c2    c2    c2    c2
                    1.6      3  b2    b2    b2    b2
                    1.7      1  b1    b1    b1    b1
                    2.1      3  d3    d3    d3    d3
                    2.2      3  c2    c2    c2    d3
                    2.3      3  c3    c3    c3    c3
                    2.4      1  0     0     0     0
                    3.1      3  b2    b2    b2    b2
                    3.2      1  b1    b1    b1    b1
                    3.3      3  c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2
                    4.1      5  c3    c3    c3    c3
                    4.2      3  c2    c2    c2    c2
                    4.3      5  d3    d3    c2    d3
                    5.1      5  e5    e5    e5    e5
                    5.2      2  c2    c2    c2    c2
                    5.3      5  c3    d5    c3    c3
                    6        5  b3    b3    b3    b3
                    7        4  b4    b4    b4    b4
                    8        5  c3    d5    c3    c3
                    9        3  c2    c2    c2    d3
                    10       3  b3    b3    b3    b3
                    11       5  c3    c3    c3    c3
                    12       3  b1    b1    c3    b1
                    13       2  b2    b2    b2    b2
                    14       5  a1    a1    a1    a1
                    A       40  31    31    31    32
                    B       25  18    20    17    18
                    C       35  22    24    24    23
                    total  100  71    75    72    73
                    """);

    @Test
    void should_rate_da_lat_artichoke_extract_on_sheet_18_four_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(CAO_ATISO_DA_LAT);
        // THEN
        assertScoredAsWritten(CAO_ATISO_DA_LAT, r);
        assertAverage(r, "72.75", 71, 75, 72, 73);
        assertPartAverages(r, "31.25", "18.25", "23.25");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "17.25", "1.5.d", "4.1.d", "11.d");
    }

    /*
     * Sheet 19 (III.2, Mỹ phẩm có thành phần từ dược liệu)
     * Dầu gội thảo dược Dao đỏ Tả Phìn — HTX Thảo dược Dao đỏ Tả Phìn (Tả Phìn, Lào Cai), cooperative;
     * provincial council of 3, decided 2026-08-30.
     * Herbal shampoo from the Red Dao bath-leaf recipes; product notification filed, few agents, trademark
     * application accepted.
     *
     * M1 Tẩn Thị Mẩy (cơ quan quản lý OCOP tỉnh)
     * M2 Nguyễn Văn Quyết (Sở Y tế)
     * M3 Bùi Thị Nga (Sở Công Thương)
     *
     * Totals 58 + 62 + 61 = 181; average 181/3 ≈ 60.33 → band 3★ ([50, 70)).
     * Part averages: A 27, B 13, C 61/3 ≈ 20.33.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 12.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 10.c 12.b — not met: 1.4.c (average 1 < 2),
     *       2.3.c (average 2 < 3), 3.4.b (average 1 < 2), 3.5.b (average 1 < 2),
     *       4.1.c (average 7/3 ≈ 2.33 < 3), 5.1.e (average 3 < 5), 12.b (average 1 < 3).
     * ***** 1.4.d 4.1.d 10.d — not met: 1.4.d (average 1 < 3), 4.1.d (average 7/3 ≈ 2.33 < 5),
     *       10.d (average 3 < 5).
     * → 3★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 4★: 9.67 points, minimums still missing: 1.4.c, 2.3.c, 3.4.b, 3.5.b, 4.1.c, 5.1.e, 12.b.
     */
    static final SheetCase DAU_GOI_DAO_DO = SheetCase.on(ProductSet.HERBAL_COSMETICS)
            .product("10-02944-001-2026", "Dầu gội thảo dược Dao đỏ Tả Phìn",
                    Locality.of("10", "Lào Cai", "02944", "Tả Phìn"))
            .producer("P-19", "HTX Thảo dược Dao đỏ Tả Phìn", ProducerType.COOPERATIVE)
            .council("Tẩn Thị Mẩy (cơ quan quản lý OCOP tỉnh)",
                    "Nguyễn Văn Quyết (Sở Y tế)",
                    "Bùi Thị Nga (Sở Công Thương)")
            .decided("2026-08-30")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      4  c4    c4    c4
                    1.2      3  b1    b1    b1
                    1.3      3  b2    b2    b2
                    1.4      3  b1    b1    b1
                    1.5      3  a1    a1    a1
                    1.6      1  b1    b1    b1
                    2.1      4  d4    d4    d4
                    2.2      3  c2    c2    c2
                    2.3      3  b2    b2    b2
                    2.4      1  0     0     0
                    3.1      3  c3    c3    c3
                    3.2      1  b1    b1    b1
                    3.3      3  c3    c3    c3
                    3.4      2  a1    a1    a1
                    3.5      3  a1    a1    a1
                    4.1      5  b2    b2    c3
                    4.2      3  b1    b1    b1
                    4.3      5  c2    c2    c2
                    5.1      5  d3    d3    d3
                    5.2      2  b1    b1    b1
                    5.3      5  c3    d5    c3
                    6        5  c3    c3    c3
                    7        3  c3    c3    c3
                    8        5  c3    d5    c3
                    9        4  c2    c2    d4
                    10       5  c3    c3    c3
                    11       3  b1    b1    b1
                    12       5  a1    a1    a1
                    13       2  b2    b2    b2
                    14       3  a1    a1    a1
                    A       40  27    27    27
                    B       25  12    14    13
                    C       35  19    21    21
                    total  100  58    62    61
                    """);

    @Test
    void should_rate_ta_phin_red_dao_herbal_shampoo_on_sheet_19_three_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(DAU_GOI_DAO_DO);
        // THEN
        assertScoredAsWritten(DAU_GOI_DAO_DO, r);
        assertAverage(r, "181/3 ≈ 60.33", 58, 62, 61);
        assertPartAverages(r, "27", "13", "61/3 ≈ 20.33");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 4, "9.67", "1.4.c", "2.3.c", "3.4.b", "3.5.b", "4.1.c", "5.1.e", "12.b");
    }

    /*
     * Sheet 20 (III.3, Tinh dầu và dược liệu khác)
     * Tinh dầu quế Trà Bồng — HTX Quế Trà Bồng (Trà Bồng, Quảng Ngãi), cooperative;
     * provincial council of 4, decided 2026-10-15.
     * Cinnamon essential oil distilled from the Cor people's Trà Bồng cinnamon forests; the cooperative is
     * led by a Cor woman.
     *
     * M1 Hồ Văn Lâm (Sở Nông nghiệp và Môi trường)
     * M2 Đinh Thị Hương (Sở Y tế)
     * M3 Nguyễn Văn Trung (Sở Công Thương)
     * M4 Trần Thị Kim Chi (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 76 + 78 + 75 + 79 = 308; average 308/4 = 77 → band 4★ ([70, 90)).
     * Part averages: A 33, B 19.75, C 24.25.
     * ***   1.1.a 2.2.c 2.3.a 3.5.a 4.1.b 5.3.b 12.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.3.c 3.4.b 3.5.b 4.1.c 5.1.e 11.c 12.b: all met.
     * ***** 1.4.d 4.1.d 11.d — not met: 1.4.d (average 2 < 3), 4.1.d (average 3 < 5),
     *       11.d (average 3.5 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 13.00 points, minimums still missing: 1.4.d, 4.1.d, 11.d.
     */
    static final SheetCase TINH_DAU_QUE_TRA_BONG = SheetCase.on(ProductSet.ESSENTIAL_OILS_HERBS)
            .product("51-21325-002-2026", "Tinh dầu quế Trà Bồng",
                    Locality.of("51", "Quảng Ngãi", "21325", "Trà Bồng"))
            .producer("P-20", "HTX Quế Trà Bồng", ProducerType.COOPERATIVE)
            .council("Hồ Văn Lâm (Sở Nông nghiệp và Môi trường)",
                    "Đinh Thị Hương (Sở Y tế)",
                    "Nguyễn Văn Trung (Sở Công Thương)",
                    "Trần Thị Kim Chi (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-10-15")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      4  c4    c4    c4    c4
                    1.2      3  c2    c2    c2    c2
                    1.3      3  b2    b2    b2    b2
                    1.4      3  c2    c2    c2    c2
                    1.5      3  a1    a1    a1    a1
                    1.6      1  b1    b1    b1    b1
                    2.1      4  d4    d4    d4    d4
                    2.2      3  c2    c2    c2    c2
                    2.3      3  c3    c3    c3    c3
                    2.4      1  1     1     1     1
                    3.1      3  c3    c3    c3    c3
                    3.2      1  b1    b1    b1    b1
                    3.3      3  c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2
                    4.1      5  c3    c3    c3    c3
                    4.2      3  c2    c2    c2    c2
                    4.3      5  d3    d3    c2    d3
                    5.1      5  e5    e5    e5    e5
                    5.2      2  c2    c2    c2    c2
                    5.3      5  d5    d5    d5    d5
                    6        5  b3    b3    b3    b3
                    7        3  c3    c3    c3    c3
                    8        5  c3    c3    c3    c3
                    9        4  c2    c2    c2    d4
                    10       3  c3    c3    c3    c3
                    11       5  c3    d5    c3    c3
                    12       5  b3    b3    b3    b3
                    13       2  b2    b2    b2    b2
                    14       3  a1    a1    a1    b2
                    A       40  33    33    33    33
                    B       25  20    20    19    20
                    C       35  23    25    23    26
                    total  100  76    78    75    79
                    """);

    @Test
    void should_rate_tra_bong_cinnamon_oil_on_sheet_20_four_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(TINH_DAU_QUE_TRA_BONG);
        // THEN
        assertScoredAsWritten(TINH_DAU_QUE_TRA_BONG, r);
        assertAverage(r, "77", 76, 78, 75, 79);
        assertPartAverages(r, "33", "19.75", "24.25");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "13.00", "1.4.d", "4.1.d", "11.d");
    }

    /*
     * Sheet 21 (IV.1, Thủ công mỹ nghệ gia dụng, trang trí)
     * Nón lá Gò Găng — Tổ hợp tác nón lá Gò Găng (An Nhơn Bắc, Gia Lai), cooperative group;
     * provincial council of 3, decided 2026-09-12.
     * Fine three-layer conical hats ("nón ngựa") of Gò Găng; a cooperative group of women artisans,
     * trademark application accepted.
     *
     * M1 Nguyễn Thị Mai (Sở Công Thương)
     * M2 Trần Văn Cường (Sở Văn hóa, Thể thao và Du lịch)
     * M3 Lê Hoàng Phúc (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 64 + 66 + 65 = 195; average 195/3 = 65 → band 3★ ([50, 70)).
     * Part averages: A 24, B 50/3 ≈ 16.67, C 73/3 ≈ 24.33.
     * ***   1.1.a 2.2.a 3.5.a 4.1.b 5.3.b 7.a 8.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.2.c 3.4.b 3.5.b 4.1.c 5.1.e 8.b — not met: 1.4.c (average 1 < 2),
     *       2.2.c (average 3 < 4), 3.4.b (average 1 < 2), 3.5.b (average 1 < 2), 5.1.e (average 3 < 5),
     *       8.b (average 1 < 3).
     * ***** 1.4.d 4.1.d 6.1.d 6.2.c — not met: 1.4.d (average 1 < 4), 4.1.d (average 3 < 5),
     *       6.2.c (average 11/3 ≈ 3.67 < 5).
     * → 3★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 4★: 5.00 points, minimums still missing: 1.4.c, 2.2.c, 3.4.b, 3.5.b, 5.1.e, 8.b.
     */
    static final SheetCase NON_LA_GO_GANG = SheetCase.on(ProductSet.HANDICRAFTS)
            .product("52-21712-001-2026", "Nón lá Gò Găng",
                    Locality.of("52", "Gia Lai", "21712", "An Nhơn Bắc"))
            .producer("P-21", "Tổ hợp tác nón lá Gò Găng", ProducerType.COOPERATIVE_GROUP)
            .council("Nguyễn Thị Mai (Sở Công Thương)",
                    "Trần Văn Cường (Sở Văn hóa, Thể thao và Du lịch)",
                    "Lê Hoàng Phúc (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-09-12")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      4  c4    c4    c4
                    1.2      3  b2    b2    b2
                    1.3      3  b2    b2    b2
                    1.4      4  b1    b1    b1
                    1.5      4  a1    a1    a1
                    1.6      1  a0    a0    a0
                    2.1      4  d4    d4    d4
                    2.2      4  b3    b3    b3
                    2.3      1  0     0     0
                    3.1      3  a1    a1    a1
                    3.2      1  b1    b1    b1
                    3.3      3  c3    c3    c3
                    3.4      2  a1    a1    a1
                    3.5      3  a1    a1    a1
                    4.1      5  c3    c3    c3
                    4.2      3  b1    b1    c2
                    4.3      5  d3    d3    d3
                    5.1      5  d3    d3    d3
                    5.2      2  c2    c2    c2
                    5.3      5  d5    d5    c3
                    6.1      5  d5    d5    d5
                    6.2      5  b3    c5    b3
                    6.3      3  d3    d3    d3
                    6.4      3  d3    d3    d3
                    6.5      5  b3    b3    c5
                    7        4  b2    b2    b2
                    8        5  a1    a1    a1
                    9        5  b3    b3    b3
                    A       40  24    24    24
                    B       25  17    17    16
                    C       35  23    25    25
                    total  100  64    66    65
                    """);

    @Test
    void should_rate_go_gang_conical_hat_on_sheet_21_three_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(NON_LA_GO_GANG);
        // THEN
        assertScoredAsWritten(NON_LA_GO_GANG, r);
        assertAverage(r, "65", 64, 66, 65);
        assertPartAverages(r, "24", "50/3 ≈ 16.67", "73/3 ≈ 24.33");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 4, "5.00", "1.4.c", "2.2.c", "3.4.b", "3.5.b", "5.1.e", "8.b");
    }

    /*
     * Sheet 22 (IV.2, Vải, may mặc)
     * Thổ cẩm Chăm Mỹ Nghiệp — HTX Dệt thổ cẩm Mỹ Nghiệp (Phước Hữu, Khánh Hòa), cooperative;
     * provincial council of 5, decided 2026-10-22.
     * Hand-woven Cham brocade of Mỹ Nghiệp village; a Cham woman leads the cooperative.
     *
     * M1 Đàng Thị Hồng (Sở Văn hóa, Thể thao và Du lịch)
     * M2 Nguyễn Văn Hải (Sở Công Thương)
     * M3 Phú Thị Lan (cơ quan quản lý OCOP tỉnh)
     * M4 Trần Minh Quang (chuyên gia)
     * M5 Lê Thị Thanh Tâm (Sở Nông nghiệp và Môi trường)
     *
     * Totals 78 + 80 + 77 + 82 + 76 = 393; average 393/5 = 78.6 → band 4★ ([70, 90)).
     * Part averages: A 33, B 19.8, C 25.8.
     * ***   1.1.a 2.2.a 3.5.a 4.1.b 5.3.b 7.a: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.2.c 3.4.b 3.5.b 4.1.c 5.1.e: all met.
     * ***** 1.4.d 4.1.d 6.1.d 6.2.c — not met: 1.4.d (average 2 < 4), 4.1.d (average 3 < 5),
     *       6.1.d (average 3.4 < 5).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 11.40 points, minimums still missing: 1.4.d, 4.1.d, 6.1.d.
     */
    static final SheetCase THO_CAM_MY_NGHIEP = SheetCase.on(ProductSet.TEXTILES)
            .product("56-22936-001-2026", "Thổ cẩm Chăm Mỹ Nghiệp",
                    Locality.of("56", "Khánh Hòa", "22936", "Phước Hữu"))
            .producer("P-22", "HTX Dệt thổ cẩm Mỹ Nghiệp", ProducerType.COOPERATIVE)
            .council("Đàng Thị Hồng (Sở Văn hóa, Thể thao và Du lịch)",
                    "Nguyễn Văn Hải (Sở Công Thương)",
                    "Phú Thị Lan (cơ quan quản lý OCOP tỉnh)",
                    "Trần Minh Quang (chuyên gia)",
                    "Lê Thị Thanh Tâm (Sở Nông nghiệp và Môi trường)")
            .decided("2026-10-22")
            .scores("""
                    crit   max  M1    M2    M3    M4    M5
                    1.1      4  c4    c4    c4    c4    c4
                    1.2      3  b2    b2    b2    b2    b2
                    1.3      3  b2    b2    b2    b2    b2
                    1.4      4  c2    c2    c2    c2    c2
                    1.5      3  a1    a1    a1    a1    a1
                    1.6      1  b1    b1    b1    b1    b1
                    2.1      4  d4    d4    d4    d4    d4
                    2.2      5  c5    c5    c5    c5    c5
                    2.3      1  1     1     1     1     1
                    3.1      3  c3    c3    c3    c3    c3
                    3.2      1  b1    b1    b1    b1    b1
                    3.3      3  c3    c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2    b2
                    4.1      5  c3    c3    c3    c3    c3
                    4.2      3  c2    c2    c2    c2    c2
                    4.3      5  d3    d3    c2    d3    d3
                    5.1      5  e5    e5    e5    e5    e5
                    5.2      2  c2    c2    c2    c2    c2
                    5.3      5  d5    d5    d5    d5    d5
                    6.1      5  c3    c3    c3    d5    c3
                    6.2      5  c5    c5    c5    c5    c5
                    6.3      5  c3    d5    c3    c3    c3
                    6.4      4  c2    c2    c2    d4    c2
                    6.5      5  c5    c5    c5    c5    c5
                    7        3  b2    b2    b2    b2    b2
                    8        3  b2    b2    b2    b2    b2
                    9        5  b3    b3    b3    b3    a1
                    A       40  33    33    33    33    33
                    B       25  20    20    19    20    20
                    C       35  25    27    25    29    23
                    total  100  78    80    77    82    76
                    """);

    @Test
    void should_rate_my_nghiep_cham_brocade_on_sheet_22_four_stars_certified_by_the_province() {
        // GIVEN the 5 sheets above
        // WHEN
        RatingDecision r = rate(THO_CAM_MY_NGHIEP);
        // THEN
        assertScoredAsWritten(THO_CAM_MY_NGHIEP, r);
        assertAverage(r, "78.6", 78, 80, 77, 82, 76);
        assertPartAverages(r, "33", "19.8", "25.8");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "11.40", "1.4.d", "4.1.d", "6.1.d");
    }

    /*
     * Sheet 23 (V.1, Hoa)
     * Hoa cúc mâm xôi Sa Đéc — Hộ kinh doanh vườn hoa Sa Đéc Tư Hạnh (Sa Đéc, Đồng Tháp), household;
     * provincial council of 3, decided 2026-11-05.
     * Potted button chrysanthemums from the Sa Đéc flower village, sold for Tết; a woman runs the
     * household business.
     *
     * M1 Nguyễn Thị Hạnh (Sở Nông nghiệp và Môi trường)
     * M2 Lê Văn Út (Sở Công Thương)
     * M3 Trần Thanh Tùng (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 62 + 64 + 62 = 188; average 188/3 ≈ 62.67 → band 3★ ([50, 70)).
     * Part averages: A 24, B 47/3 ≈ 15.67, C 23.
     * ***   2.2.a 3.5.a 4.1.b 5.3.b 8.c: all met.
     * ****  1.4.c 1.5.a 2.1.d 2.2.c 3.4.b 3.5.b 4.1.c 5.1.e 6.1.d 6.2.c 7.c — not met:
     *       1.4.c (average 1 < 2), 2.1.d (average 3 < 5), 2.2.c (average 3 < 4), 3.4.b (average 1 < 2),
     *       3.5.b (average 1 < 2), 5.1.e (average 3 < 5), 6.2.c (average 7/3 ≈ 2.33 < 3).
     * ***** 1.4.d 4.1.d 6.2.d 7.d — not met: 1.4.d (average 1 < 4), 4.1.d (average 3 < 5),
     *       6.2.d (average 7/3 ≈ 2.33 < 5), 7.d (average 6 < 8).
     * → 3★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 4★: 7.34 points, minimums still missing: 1.4.c, 2.1.d, 2.2.c, 3.4.b, 3.5.b, 5.1.e, 6.2.c.
     */
    static final SheetCase CUC_MAM_XOI_SA_DEC = SheetCase.on(ProductSet.FLOWERS)
            .product("87-29470-006-2026", "Hoa cúc mâm xôi Sa Đéc",
                    Locality.of("87", "Đồng Tháp", "29470", "Sa Đéc"))
            .producer("P-23", "Hộ kinh doanh vườn hoa Sa Đéc Tư Hạnh", ProducerType.HOUSEHOLD)
            .council("Nguyễn Thị Hạnh (Sở Nông nghiệp và Môi trường)",
                    "Lê Văn Út (Sở Công Thương)",
                    "Trần Thanh Tùng (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-11-05")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      4  c4    c4    c4
                    1.2      4  b2    b2    b2
                    1.3      3  b2    b2    b2
                    1.4      4  b1    b1    b1
                    1.5      3  a1    a1    a1
                    1.6      1  b1    b1    b1
                    2.1      5  c3    c3    c3
                    2.2      4  b3    b3    b3
                    3.1      3  a1    a1    a1
                    3.2      1  b1    b1    b1
                    3.3      3  c3    c3    c3
                    3.4      2  a1    a1    a1
                    3.5      3  a1    a1    a1
                    4.1      5  c3    c3    c3
                    4.2      3  b1    b1    b1
                    4.3      5  d3    d3    d3
                    5.1      5  d3    d3    d3
                    5.2      2  c2    c2    c2
                    5.3      5  c3    c3    d5
                    6.1      5  d5    d5    d5
                    6.2      5  c3    c3    b1
                    6.3      4  b2    c4    b2
                    7        8  c6    c6    c6
                    8        4  c4    c4    c4
                    9        4  a2    a2    a2
                    10       5  a1    a1    a1
                    A       40  24    24    24
                    B       25  15    15    17
                    C       35  23    25    21
                    total  100  62    64    62
                    """);

    @Test
    void should_rate_sa_dec_button_chrysanthemum_on_sheet_23_three_stars_certified_by_the_province() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(CUC_MAM_XOI_SA_DEC);
        // THEN
        assertScoredAsWritten(CUC_MAM_XOI_SA_DEC, r);
        assertAverage(r, "188/3 ≈ 62.67", 62, 64, 62);
        assertPartAverages(r, "24", "47/3 ≈ 15.67", "23");
        assertThat(r.bandStars()).isEqualTo(3);
        assertCertifiedByTheProvince(r, 3);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 4, "7.34", "1.4.c", "2.1.d", "2.2.c", "3.4.b", "3.5.b", "5.1.e", "6.2.c");
    }

    /*
     * Sheet 24 (V.2, Cây cảnh)
     * Quất cảnh Tứ Liên — Hộ kinh doanh quất cảnh Nguyễn Văn Chiến (Hồng Hà, Hà Nội), household;
     * provincial council of 4, decided 2026-11-10.
     * Shaped ornamental kumquat trees of Tứ Liên, a commune-only craft.
     *
     * M1 Nguyễn Đình Thọ (Sở Nông nghiệp và Môi trường)
     * M2 Phạm Thị Hà (Sở Công Thương)
     * M3 Lê Văn Thịnh (chuyên gia)
     * M4 Đỗ Thị Thu Hương (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 69 + 71 + 72 + 72 = 284; average 284/4 = 71 → band 4★ ([70, 90)).
     * Part averages: A 27.5, B 19.25, C 24.25.
     * ***   2.2.a 3.5.a 5.3.b 8.c: all met.
     * ****  1.4.c 1.5.a 2.1.d 3.4.b 3.5.b 5.1.e 7.c: all met.
     * ***** 1.4.d 2.2.c 6.1.c 6.3.d 7.d — not met: 1.4.d (average 2 < 4), 2.2.c (average 3 < 4),
     *       6.1.c (average 3 < 5), 6.3.d (average 3.5 < 5), 7.d (average 6 < 9).
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 19.00 points, minimums still missing: 1.4.d, 2.2.c, 6.1.c, 6.3.d, 7.d.
     */
    static final SheetCase QUAT_TU_LIEN = SheetCase.on(ProductSet.ORNAMENTAL_PLANTS)
            .product("01-00097-002-2026", "Quất cảnh Tứ Liên",
                    Locality.of("01", "Hà Nội", "00097", "Hồng Hà"))
            .producer("P-24", "Hộ kinh doanh quất cảnh Nguyễn Văn Chiến", ProducerType.HOUSEHOLD)
            .council("Nguyễn Đình Thọ (Sở Nông nghiệp và Môi trường)",
                    "Phạm Thị Hà (Sở Công Thương)",
                    "Lê Văn Thịnh (chuyên gia)",
                    "Đỗ Thị Thu Hương (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-11-10")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      4  c4    c4    c4    c4
                    1.2      4  b2    b2    c4    b2
                    1.3      3  b2    b2    b2    b2
                    1.4      4  c2    c2    c2    c2
                    1.5      3  a1    a1    a1    a1
                    1.6      1  a0    a0    a0    a0
                    2.1      5  d5    d5    d5    d5
                    2.2      4  b3    b3    b3    b3
                    3.1      3  a1    a1    a1    a1
                    3.2      1  a0    a0    a0    a0
                    3.3      3  c3    c3    c3    c3
                    3.4      2  b2    b2    b2    b2
                    3.5      3  b2    b2    b2    b2
                    4.1      5  c3    c3    d4    c3
                    4.2      3  b1    b1    b1    b1
                    4.3      5  d3    d3    d3    d3
                    5.1      5  e5    e5    e5    e5
                    5.2      2  c2    c2    c2    c2
                    5.3      5  d5    d5    d5    d5
                    6.1      5  b3    b3    b3    b3
                    6.2      4  c4    c4    c4    c4
                    6.3      5  c3    d5    c3    c3
                    6.4      3  b2    b2    b2    c3
                    7        9  c6    c6    c6    c6
                    8        4  c4    c4    c4    c4
                    9        5  a1    a1    a1    b3
                    A       40  27    27    29    27
                    B       25  19    19    20    19
                    C       35  23    25    23    26
                    total  100  69    71    72    72
                    """);

    @Test
    void should_rate_tu_lien_kumquat_tree_on_sheet_24_four_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(QUAT_TU_LIEN);
        // THEN
        assertScoredAsWritten(QUAT_TU_LIEN, r);
        assertAverage(r, "71", 69, 71, 72, 72);
        assertPartAverages(r, "27.5", "19.25", "24.25");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "19.00", "1.4.d", "2.2.c", "6.1.c", "6.3.d", "7.d");
    }

    /*
     * Sheet 25 (V.3, Động vật cảnh)
     * Cá Koi Văn Giang — Trang trại cá Koi Minh Phát (Văn Giang, Hưng Yên), farm;
     * provincial council of 3, decided 2026-10-30.
     * Koi bred on a farm near the Văn Giang ornamental market: beautiful fish, an internal quality-control
     * plan, but not linked to traceability (8.b, where 8.c is the *** minimum).
     *
     * M1 Vũ Văn Phong (Sở Nông nghiệp và Môi trường)
     * M2 Nguyễn Thị Liên (Sở Công Thương)
     * M3 Trần Đức Long (cơ quan quản lý OCOP tỉnh)
     *
     * Totals 57 + 61 + 58 = 176; average 176/3 ≈ 58.67 → band 3★ ([50, 70)).
     * Part averages: A 21, B 41/3 ≈ 13.67, C 24.
     * ***   2.2.a 3.5.a 5.3.b 8.c — not met: 8.c (average 11/3 ≈ 3.67 < 5).
     * ****  1.4.c 1.5.a 2.1.d 2.2.c 3.4.b 3.5.b 5.1.e 6.3.d 7.c — not met: 1.4.c (average 1 < 2),
     *       2.1.d (average 3 < 5), 2.2.c (average 3 < 4), 3.4.b (average 1 < 2), 3.5.b (average 1 < 2),
     *       5.1.e (average 2 < 5), 7.c (average 17/3 ≈ 5.67 < 7).
     * ***** 1.4.d 6.1.c 7.d — not met: 1.4.d (average 1 < 4), 7.d (average 17/3 ≈ 5.67 < 10).
     * → band 3★, but the *** minimum 8.c is missing: under HIGHEST_STAR_MET no star from 3 up has all its
     * minimums, so 2★ — no recognition, no certificate (Điều 4.1.a).
     * Gap to 3★: 0.00 points, minimums still missing: 8.c.
     */
    static final SheetCase CA_KOI_VAN_GIANG = SheetCase.on(ProductSet.ORNAMENTAL_ANIMALS)
            .product("33-12274-001-2026", "Cá Koi Văn Giang",
                    Locality.of("33", "Hưng Yên", "12274", "Văn Giang"))
            .producer("P-25", "Trang trại cá Koi Minh Phát", ProducerType.FARM)
            .council("Vũ Văn Phong (Sở Nông nghiệp và Môi trường)",
                    "Nguyễn Thị Liên (Sở Công Thương)",
                    "Trần Đức Long (cơ quan quản lý OCOP tỉnh)")
            .decided("2026-10-30")
            .scores("""
                    crit   max  M1    M2    M3
                    1.1      4  b2    b2    b2
                    1.2      4  b2    b2    b2
                    1.3      3  b2    b2    b2
                    1.4      4  b1    b1    b1
                    1.5      3  a1    a1    a1
                    1.6      1  b1    b1    b1
                    2.1      5  c3    c3    c3
                    2.2      4  b3    b3    b3
                    3.1      3  a1    a1    a1
                    3.2      1  a0    a0    a0
                    3.3      3  c3    c3    c3
                    3.4      2  a1    a1    a1
                    3.5      3  a1    a1    a1
                    4.1      5  d4    d4    c3
                    4.2      3  b1    b1    b1
                    4.3      5  d3    d3    d3
                    5.1      5  c2    c2    c2
                    5.2      2  b1    b1    b1
                    5.3      5  c3    c3    c3
                    6.1      5  c5    c5    c5
                    6.2      5  b3    b3    c5
                    6.3      5  d5    d5    d5
                    7       10  b5    c7    b5
                    8        5  b3    c5    b3
                    9        5  a1    a1    a1
                    A       40  21    21    21
                    B       25  14    14    13
                    C       35  22    26    24
                    total  100  57    61    58
                    """);

    @Test
    void should_rate_van_giang_koi_on_sheet_25_two_stars_because_a_three_star_minimum_is_missing() {
        // GIVEN the 3 sheets above
        // WHEN
        RatingDecision r = rate(CA_KOI_VAN_GIANG);
        // THEN
        assertScoredAsWritten(CA_KOI_VAN_GIANG, r);
        assertAverage(r, "176/3 ≈ 58.67", 57, 61, 58);
        assertPartAverages(r, "21", "41/3 ≈ 13.67", "24");
        assertThat(r.bandStars()).isEqualTo(3);
        assertNotCertified(r, 2);
        assertThat(missingMinimums(r)).containsExactly("8.c");
        assertGap(r, 3, "0.00", "8.c");
    }

    /*
     * Sheet 26 (VI.1, Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch)
     * Du lịch cộng đồng bản Lác — Chi hội Du lịch cộng đồng bản Lác (Mai Châu, Phú Thọ), association;
     * provincial council of 4, decided 2026-09-08.
     * Stilt-house homestays of the Thái village of Lác: community-run, a Thái woman chairs the
     * association, trademark registered with its origin sign.
     *
     * M1 Hà Văn Thuận (Sở Văn hóa, Thể thao và Du lịch)
     * M2 Lò Thị Sen (cơ quan quản lý OCOP tỉnh)
     * M3 Nguyễn Văn Tú (Sở Nông nghiệp và Môi trường)
     * M4 Bùi Thị Hoa (Sở Công Thương)
     *
     * Totals 79 + 81 + 78 + 82 = 320; average 320/4 = 80 → band 4★ ([70, 90)).
     * Part averages: A 33.5, B 18.75, C 27.75.
     * ***   3.5.a: all met.
     * ****  3.4.b 3.5.b: all met.
     * ***** none on this sheet.
     * → 4★, certified by the provincial People's Committee (Điều 4.1.a, 7.3.e).
     * Gap to 5★: 10.00 points, minimums still missing: none.
     */
    static final SheetCase BAN_LAC_MAI_CHAU = SheetCase.on(ProductSet.COMMUNITY_TOURISM)
            .product("25-04999-001-2026", "Du lịch cộng đồng bản Lác",
                    Locality.of("25", "Phú Thọ", "04999", "Mai Châu"))
            .producer("P-26", "Chi hội Du lịch cộng đồng bản Lác", ProducerType.ASSOCIATION)
            .council("Hà Văn Thuận (Sở Văn hóa, Thể thao và Du lịch)",
                    "Lò Thị Sen (cơ quan quản lý OCOP tỉnh)",
                    "Nguyễn Văn Tú (Sở Nông nghiệp và Môi trường)",
                    "Bùi Thị Hoa (Sở Công Thương)")
            .decided("2026-09-08")
            .scores("""
                    crit   max  M1    M2    M3    M4
                    1.1      3  b3    b3    b3    b3
                    1.2      5  b3    b3    b3    b3
                    1.3      4  c3    c3    c3    c3
                    1.4      2  a1    a1    a1    a1
                    2.1      5  c5    c5    c5    c5
                    2.2      2  b2    b2    b2    b2
                    2.3      5  b3    b3    b3    c5
                    3.1      3  c3    c3    c3    c3
                    3.2      1  b1    b1    b1    b1
                    3.3      4  c4    c4    c4    c4
                    3.4      3  b3    b3    b3    b3
                    3.5      3  b2    b2    b2    b2
                    4.1      5  b3    c5    b3    b3
                    4.2      3  b2    b2    b2    b2
                    4.3      2  b2    b2    b2    b2
                    4.4      4  b2    b2    b2    b2
                    4.5      3  b2    b2    b2    b2
                    5.1      4  c4    c4    c4    c4
                    5.2      2  a1    a1    a1    b2
                    5.3      2  b2    b2    b2    b2
                    6        3  b2    b2    b2    b2
                    7        3  c3    c3    c3    c3
                    8        3  b3    b3    b3    b3
                    9        2  b2    b2    b2    b2
                    10       3  c3    c3    c3    c3
                    11       2  b2    b2    b2    b2
                    12       3  a1    a1    a1    a1
                    13       4  b2    b2    b2    b2
                    14       4  b2    b2    b2    b2
                    15       3  b3    b3    b3    b3
                    16       3  c3    c3    b2    c3
                    17       2  b2    b2    b2    b2
                    A       40  33    33    33    35
                    B       25  18    20    18    19
                    C       35  28    28    27    28
                    total  100  79    81    78    82
                    """);

    @Test
    void should_rate_ban_lac_community_tourism_on_sheet_26_four_stars_certified_by_the_province() {
        // GIVEN the 4 sheets above
        // WHEN
        RatingDecision r = rate(BAN_LAC_MAI_CHAU);
        // THEN
        assertScoredAsWritten(BAN_LAC_MAI_CHAU, r);
        assertAverage(r, "80", 79, 81, 78, 82);
        assertPartAverages(r, "33.5", "18.75", "27.75");
        assertThat(r.bandStars()).isEqualTo(4);
        assertCertifiedByTheProvince(r, 4);
        assertThat(missingMinimums(r)).isEmpty();
        assertGap(r, 5, "10.00");
    }

    static final List<SheetCase> ALL = List.of(
            BUOI_PHUC_TRACH, GA_DOI_YEN_THE, GAO_ST25, MAT_ONG_BAC_HA,
            BANH_MI_QUE, BANH_TRANG_TRANG_BANG, XOAI_SAY_YEN_CHAU, CHA_MUC_HA_LONG,
            NUOC_MAM_NAM_O, TOI_LY_SON, CHE_SHAN_TUYET, TRA_HOA_VANG,
            CA_PHE_CAU_DAT, RUOU_BAU_DA, RUOU_SIM_PHU_QUOC, NUOC_KHOANG_BANG,
            CHANH_DAY_LAM_HA, CAO_ATISO_DA_LAT, DAU_GOI_DAO_DO, TINH_DAU_QUE_TRA_BONG,
            NON_LA_GO_GANG, THO_CAM_MY_NGHIEP, CUC_MAM_XOI_SA_DEC, QUAT_TU_LIEN,
            CA_KOI_VAN_GIANG, BAN_LAC_MAI_CHAU);

    @Test
    void should_have_one_filled_in_council_evaluation_for_each_of_the_26_product_sets() {
        // GIVEN the cases above, WHEN listing their product sets, THEN they are the 26 sets in sheet order
        assertThat(ALL).extracting(SheetCase::set).containsExactly(ProductSet.values());
        assertThat(ALL).extracting(c -> c.set().number()).containsExactly(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26);
    }
}
