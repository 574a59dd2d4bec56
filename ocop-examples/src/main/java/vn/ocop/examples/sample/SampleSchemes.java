package vn.ocop.examples.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import vn.ocop.core.CnnttbAward;
import vn.ocop.core.CnnttbLevel;
import vn.ocop.core.SalesPoint;
import vn.ocop.core.SalesPointCategory;
import vn.ocop.core.SalesPointFunding;
import vn.ocop.core.ShelfBasis;
import vn.ocop.core.ShelfItem;
import vn.ocop.core.TraceabilityCode;
import vn.ocop.core.TraceabilityKind;

/**
 * The sample's schemes beside OCOP, generated from one seed like the rest of the history: rural
 * industrial product awards (CNNTTB), OCOP sales points, and the barcodes and QR codes of the
 * products certified from 2024.
 *
 * <p>The figures follow seed 004 (report of the Department of Industry and Trade, 7 August 2025):
 * 160 provincial, 42 regional and 17 national CNNTTB awards recognised, of which 31, 14 and 2 still
 * valid (the two national: Bò khô Thu Ba and Trà Sâm dây Ngọc Linh DATO); 23 sales points, 9
 * state-supported (2 by the Ministry of Industry and Trade) and 14 private. For 2024 the domain
 * notes give 13 sales points (seed 000), split 6 state-supported and 7 private, and the provincial
 * rounds of 2022 (17 provincial, 9 regional in the Central–Highlands round) and 2024 (14
 * provincial). Every name, number and date other than those is invented.
 */
final class SampleSchemes {
    /** An award and whether it belongs to the former Kon Tum (absent from the 2024 view). */
    record WAward(CnnttbAward award, boolean kontum) {
    }

    /** A sales point and whether it is in the former Kon Tum. */
    record WPoint(SalesPoint point, boolean kontum) {
    }

    final List<WAward> awards = new ArrayList<>();
    final List<WPoint> points = new ArrayList<>();
    final List<TraceabilityCode> codes = new ArrayList<>();

    private static final String[] CRAFTS = {"Chổi đót", "Mây tre đan", "Nón lá", "Dệt thổ cẩm", "Mành tre",
        "Bánh tráng", "Kẹo gương", "Mạch nha", "Đường phèn", "Nước mắm", "Mắm nêm", "Rượu cần", "Rượu ghè",
        "Gốm", "Đồ gỗ mỹ nghệ", "Tinh dầu quế", "Tinh dầu sả", "Cao sâm", "Mật ong rừng", "Chè dây",
        "Miến", "Bún khô", "Bánh ít lá gai", "Tỏi đen", "Hành tím sấy", "Cà phê bột", "Trà thảo mộc",
        "Chiếu cói", "Thêu tay", "Đá mỹ nghệ"};

    private final Random rnd;
    private final SampleWorld world;
    private int next = 1;

    SampleSchemes(SampleWorld world, long seed) {
        this.world = world;
        this.rnd = new Random(seed);
        awards();
        points();
        traceability();
    }

    // ------------------------------------------------------------------ CNNTTB awards

    private void awards() {
        List<Places.District> qn = world.places.quangNgaiDistricts();
        List<Places.District> kt = world.places.konTumDistricts();
        // A: the two national awards still valid (seed 004's footnote), on regional awards of 2022
        chain("Bò khô Thu Ba", "Cơ sở Thu Ba", false, 2021, 2022, 2023);
        chain("Trà Sâm dây Ngọc Linh DATO", "Công ty DATO", true, 2021, 2022, 2023);
        // B: 15 national awards of 2015-2019, long lapsed
        for (int i = 0; i < 15; i++) {
            int p = 2013 + i % 5;
            chain(name(i % 3 == 0 ? kt : qn), producer(), i % 3 == 0, p, p + 1, p + 2);
        }
        // C: 8 regional awards of the 2022 Central-Highlands round (with Thu Ba and DATO: 9 of Quảng Ngãi, 10 in all)
        for (int i = 0; i < 8; i++) {
            chain(name(qn), producer(), false, i < 4 ? 2021 : 2022, 2022, 0);
        }
        // D: 4 regional awards of 2024
        for (int i = 0; i < 4; i++) {
            chain(name(qn), producer(), false, i < 2 ? 2022 : 2024, 2024, 0);
        }
        // E: 13 regional awards of 2015-2020, lapsed
        for (int i = 0; i < 13; i++) {
            int p = 2014 + i % 5;
            chain(name(i % 4 == 0 ? kt : qn), producer(), i % 4 == 0, p, p + 1 + i % 2, 0);
        }
        // F: 118 provincial awards only: 11 of 2022 and 12 of 2024 (with C and D: 17 and 14), 95 of 2012-2021
        for (int i = 0; i < 11; i++) {
            chain(name(qn), producer(), false, 2022, 0, 0);
        }
        for (int i = 0; i < 12; i++) {
            chain(name(qn), producer(), false, 2024, 0, 0);
        }
        for (int i = 0; i < 95; i++) {
            boolean k = i % 5 == 0;
            chain(name(k ? kt : qn), producer(), k, 2012 + i % 10, 0, 0);
        }
        awards.sort(Comparator.comparing((WAward a) -> a.award().issuedOn()).thenComparing(a -> a.award().number()));
    }

    /** One product's awards: provincial in May of {@code p}, regional in September of {@code r}, national in November of {@code n} (0: none). */
    private void chain(String product, String producer, boolean kontum, int p, int r, int n) {
        int seq = next++;
        CnnttbAward prov = new CnnttbAward(String.format("CN-T-%d-%03d", p, seq), CnnttbLevel.PROVINCE, product,
                producer, Optional.empty(), LocalDate.of(p, 5, 10 + seq % 15), Optional.empty());
        awards.add(new WAward(prov, kontum));
        if (r == 0) {
            return;
        }
        CnnttbAward reg = new CnnttbAward(String.format("CN-KV-%d-%03d", r, seq), CnnttbLevel.REGION, product,
                producer, Optional.empty(), LocalDate.of(r, 9, 20), Optional.of(prov.number()));
        awards.add(new WAward(reg, kontum));
        if (n == 0) {
            return;
        }
        CnnttbAward nat = new CnnttbAward(String.format("CN-QG-%d-%03d", n, seq), CnnttbLevel.NATIONAL, product,
                producer, Optional.empty(), LocalDate.of(n, 11, 25), Optional.of(reg.number()));
        awards.add(new WAward(nat, kontum));
    }

    private String name(List<Places.District> districts) {
        Places.District d = districts.get(rnd.nextInt(districts.size()));
        return CRAFTS[rnd.nextInt(CRAFTS.length)] + " " + Names.shortPlace(d.name());
    }

    private String producer() {
        String[] kinds = {"Cơ sở", "Hộ kinh doanh", "HTX", "Công ty TNHH"};
        String[] syllables = {"An", "Bình", "Phú", "Thịnh", "Hưng", "Phát", "Lộc", "Tâm", "Việt", "Sơn", "Hải",
            "Minh", "Ngọc", "Kim", "Hoàng", "Thiên", "Tân", "Quang", "Trường", "Hòa", "Gia", "Bảo", "Khánh"};
        return kinds[rnd.nextInt(kinds.length)] + " " + syllables[rnd.nextInt(syllables.length)] + " "
                + syllables[rnd.nextInt(syllables.length)];
    }

    // ------------------------------------------------------------------ sales points

    private void points() {
        SalesPointCategory[] cats = SalesPointCategory.values();
        // by 31 Oct 2024: 13 in the former Quảng Ngãi, 6 state-supported (2 by the ministry) and 7 private
        for (int i = 0; i < 13; i++) {
            boolean state = i < 6;
            String supporter = !state ? null : i < 2 ? "Bộ Công Thương" : "UBND tỉnh Quảng Ngãi";
            point(state, supporter, cats[i % cats.length], LocalDate.of(2021 + i % 4, 3 + i % 8, 1 + i), false);
        }
        // after: 3 more state-supported (one in Kon Tum) and 7 private (three in Kon Tum): 23 = 9 + 14 in August 2025
        point(true, "UBND tỉnh Quảng Ngãi", SalesPointCategory.HIGHWAY_REST_STOP, LocalDate.of(2024, 12, 10), false);
        point(true, "UBND tỉnh Quảng Ngãi", SalesPointCategory.CRAFT_VILLAGE, LocalDate.of(2025, 3, 18), false);
        point(true, "UBND tỉnh Kon Tum", SalesPointCategory.TOURISM, LocalDate.of(2023, 8, 5), true);
        for (int i = 0; i < 7; i++) {
            boolean k = i < 3;
            point(false, null, cats[(i + 3) % cats.length], k ? LocalDate.of(2023, 4 + i, 12)
                    : LocalDate.of(2025, 1 + i, 8), k);
        }
    }

    private void point(boolean state, String supporter, SalesPointCategory category, LocalDate opened, boolean kontum) {
        int n = points.size() + 1;
        String id = String.format("DBH-%02d", n);
        String name = "Điểm giới thiệu và bán sản phẩm OCOP số " + n;
        points.add(new WPoint(new SalesPoint(id, name, "", category, state ? SalesPointFunding.STATE_SUPPORTED
                : SalesPointFunding.PRIVATE, Optional.ofNullable(supporter), opened, Optional.empty(), shelf(kontum)),
                kontum));
    }

    /**
     * A shelf: OCOP products of the point's side of the province (some of whose certificates lapse or
     * were revoked by the report dates), two CNNTTB products (one of them long lapsed on some shelves)
     * and a local speciality.
     */
    private List<ShelfItem> shelf(boolean kontum) {
        int n = points.size();
        List<SampleWorld.WProduct> mine = world.products.stream()
                .filter(p -> p.kontum() == kontum && !p.certs.isEmpty() && p.certs.get(0).date().getYear() <= 2023)
                .sorted(Comparator.comparing(p -> p.code)).toList();
        List<SampleWorld.WProduct> standing = mine.stream().filter(p -> p.inTerm(QuangNgaiSample.AS_OF_2025)).toList();
        List<SampleWorld.WProduct> lapsed = mine.stream().filter(p -> !p.inTerm(QuangNgaiSample.AS_OF_2025)).toList();
        List<ShelfItem> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ocop(items, standing.get(rnd.nextInt(standing.size())));
        }
        if (n % 4 == 0 && !lapsed.isEmpty()) {
            ocop(items, lapsed.get(rnd.nextInt(lapsed.size()))); // left on the shelf after its certificate lapsed
        }
        List<CnnttbAward> mineAwards = awards.stream().filter(a -> a.kontum() == kontum
                && a.award().level() == CnnttbLevel.PROVINCE).map(WAward::award).toList();
        List<CnnttbAward> valid = mineAwards.stream().filter(a -> a.issuedOn().getYear() >= 2022).toList();
        List<CnnttbAward> old = mineAwards.stream().filter(a -> a.issuedOn().getYear() <= 2020).toList();
        cnnttb(items, (valid.isEmpty() ? old : valid).get(rnd.nextInt((valid.isEmpty() ? old : valid).size())));
        if (n % 5 == 2 && !old.isEmpty()) {
            cnnttb(items, old.get(rnd.nextInt(old.size()))); // an award that lapsed years ago
        }
        items.add(new ShelfItem(kontum ? "Cà phê Đăk Hà" : "Bánh xèo Quảng Ngãi đóng gói", ShelfBasis.LOCAL_SPECIALITY,
                Optional.empty(), Optional.empty()));
        return items;
    }

    private static void ocop(List<ShelfItem> items, SampleWorld.WProduct p) {
        if (items.stream().noneMatch(x -> x.productCode().equals(Optional.of(p.code)))) {
            items.add(new ShelfItem(p.name, ShelfBasis.OCOP, Optional.of(p.code), Optional.empty()));
        }
    }

    private static void cnnttb(List<ShelfItem> items, CnnttbAward a) {
        if (items.stream().noneMatch(x -> x.award().equals(Optional.of(a.number())))) {
            items.add(new ShelfItem(a.productName(), ShelfBasis.CNNTTB, Optional.empty(), Optional.of(a.number())));
        }
    }

    // ------------------------------------------------------------------ traceability codes

    /**
     * A barcode and a QR code for every product certified from 2024, issued a month before the certificate: most
     * paid up for 40 months and handed over; some QR codes paid for 24 months only, some accounts kept by the
     * consultant, a few products without a barcode.
     */
    private void traceability() {
        List<SampleWorld.WProduct> certified = world.products.stream()
                .filter(p -> p.certs.stream().anyMatch(c -> c.date().getYear() >= 2024))
                .sorted(Comparator.comparing(p -> p.code)).toList();
        for (SampleWorld.WProduct p : certified) {
            LocalDate first = p.certs.stream().filter(c -> c.date().getYear() >= 2024)
                    .map(SampleWorld.WCert::date).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate issued = first.minusMonths(1);
            int roll = rnd.nextInt(100);
            if (roll >= 2) {
                codes.add(new TraceabilityCode(p.code, TraceabilityKind.BARCODE, "893" + String.format("%010d",
                        rnd.nextInt(1_000_000_000)), issued, Optional.of(issued.plusMonths(40)), true));
            }
            boolean shortQr = roll >= 2 && roll < 7;
            boolean kept = roll >= 7 && roll < 10;
            codes.add(new TraceabilityCode(p.code, TraceabilityKind.QR_CODE, "https://truyxuat.example/" + p.code,
                    issued, Optional.of(issued.plusMonths(shortQr ? 24 : 40)), !kept));
        }
    }
}
