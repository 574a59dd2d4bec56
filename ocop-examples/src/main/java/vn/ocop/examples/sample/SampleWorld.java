package vn.ocop.examples.sample;

import static vn.ocop.core.EvaluationKind.FIRST;
import static vn.ocop.core.EvaluationKind.RE_EVALUATION;
import static vn.ocop.core.EvaluationKind.SELF_ASSESSMENT;
import static vn.ocop.core.EvaluationKind.UPGRADE;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationKind;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.EventKind;
import vn.ocop.core.FindingKind;
import vn.ocop.core.LegalRepresentative;
import vn.ocop.core.ProducerType;
import vn.ocop.core.ProducerType.ReportGroup;
import vn.ocop.core.ProductSet;

/**
 * The whole synthetic history behind the two sample files: every producer, product, evaluation,
 * certificate, event and finding of former Quảng Ngãi from 2020 and of former Kon Tum from 2021,
 * up to 30 September 2025 (plus two findings of 2026). The files are views of this history on
 * their as-of dates ({@link QuangNgaiSample}).
 *
 * <p>Every certificate is issued through {@link #issuerFor}, which encodes who certified which
 * star in each period (1048, 148, 148 + 1489), and every certificate comes with the council
 * evaluation that produced it, whose average falls in the star's band. The counts the seed
 * documents report are built in by construction and checked by {@link QuangNgaiSample}.
 */
final class SampleWorld {
    static final LocalDate AS_OF_2024 = LocalDate.of(2024, 10, 31);
    static final LocalDate AS_OF_2025 = LocalDate.of(2025, 9, 30);
    /** Last day of 1048/QĐ-TTg: the province certified 3★ and 4★. */
    static final LocalDate LAST_1048 = LocalDate.of(2023, 2, 23);
    /** Last day district councils existed (148/QĐ-TTg: the district certified 3★). */
    static final LocalDate LAST_DISTRICT = LocalDate.of(2025, 6, 30);
    /** 1489/QĐ-TTg: the province certifies 3★ and 4★. */
    static final LocalDate FIRST_1489 = LocalDate.of(2025, 7, 6);
    static final int TERM_MONTHS = 36;

    static final String MANTOZA = "Mạch nha Quảng Ngãi đường Mantoza";
    static final String MANTOZA_PRODUCER = "Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty cổ phần đường Quảng Ngãi";
    static final String GARLIC = "Tỏi Lý Sơn";
    static final String GARLIC_PRODUCER = "Công ty TNHH Thương mại và Dịch vụ Phú Sinh";

    private static final String VPDP = "Văn phòng Điều phối nông thôn mới tỉnh Quảng Ngãi";
    private static final String QLTT = "Chi cục Quản lý thị trường tỉnh Quảng Ngãi";
    private static final String SNNMT = "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi";

    // ------------------------------------------------------------------ model

    static final class WProducer {
        final String id;
        final String name;
        final ProducerType type;
        final LegalRepresentative representative;
        final Places.District district;
        final Places.Commune commune;
        final String brand;
        final Set<String> kinds = new LinkedHashSet<>();

        WProducer(String id, String name, ProducerType type, LegalRepresentative representative,
                Places.District district, Places.Commune commune, String brand) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.representative = representative;
            this.district = district;
            this.commune = commune;
            this.brand = brand;
        }

        ReportGroup group() {
            return type.reportGroup();
        }
    }

    static final class WEval {
        final EvaluationKind kind;
        final EvaluationLevel level;
        final LocalDate filed;
        LocalDate decided;
        List<BigDecimal> totals = List.of();

        WEval(EvaluationKind kind, EvaluationLevel level, LocalDate filed) {
            this.kind = kind;
            this.level = level;
            this.filed = filed;
        }
    }

    record WCert(String number, int stars, EvaluationLevel level, Authority authority, String decisionNumber,
            LocalDate date) {
        LocalDate expiry() {
            return date.plusMonths(TERM_MONTHS);
        }
    }

    record WEvent(String certificate, EventKind kind, LocalDate date, String reference, String note) {
    }

    record WFinding(String id, String certificate, FindingKind kind, String body, LocalDate date,
            String description) {
    }

    static final class WProduct {
        final int seq;
        final String name;
        final ProductSet set;
        final WProducer producer;
        final Places.District district;
        final Places.Commune commune;
        boolean postReformCode;
        String code;
        String cohort = "";
        int plannedStars;
        boolean ecom2024;
        boolean ecom2025;
        final List<WCert> certs = new ArrayList<>();
        final List<WEval> evals = new ArrayList<>();
        final List<WEvent> events = new ArrayList<>();
        final List<WFinding> findings = new ArrayList<>();

        WProduct(int seq, String name, ProductSet set, WProducer producer, Places.Commune commune,
                boolean postReformCode) {
            this.seq = seq;
            this.name = name;
            this.set = set;
            this.producer = producer;
            this.district = producer.district;
            this.commune = commune;
            this.postReformCode = postReformCode;
        }

        boolean kontum() {
            return district.kontum();
        }

        /** The newest certificate decided on or before the date (it supersedes older ones). */
        WCert latest(LocalDate asOf) {
            WCert found = null;
            for (WCert c : certs) {
                if (!c.date().isAfter(asOf) && (found == null || c.date().isAfter(found.date()))) {
                    found = c;
                }
            }
            return found;
        }

        boolean revoked(WCert c, LocalDate asOf) {
            return events.stream().anyMatch(e -> e.kind() == EventKind.REVOKED && e.certificate().equals(c.number())
                    && !e.date().isAfter(asOf));
        }

        /** In term: decided on or before the date, the date before the end of the term, not revoked. */
        boolean inTerm(LocalDate asOf) {
            WCert c = latest(asOf);
            return c != null && asOf.isBefore(c.expiry()) && !revoked(c, asOf);
        }

        int stars(LocalDate asOf) {
            return latest(asOf).stars();
        }

        boolean existsOn(LocalDate asOf) {
            return certs.stream().anyMatch(c -> !c.date().isAfter(asOf))
                    || evals.stream().anyMatch(e -> !e.filed.isAfter(asOf));
        }

        LocalDate codeDate() {
            LocalDate d = null;
            for (WEval e : evals) {
                LocalDate x = e.decided != null && e.kind != SELF_ASSESSMENT ? e.decided : e.filed;
                if (d == null || x.isBefore(d)) {
                    d = x;
                }
            }
            return d;
        }
    }

    /** Who certifies: a level, an authority, and the key its decision and certificate numbers are counted by. */
    record Issuer(String key, String prefix, EvaluationLevel level, Authority authority) {
    }

    // ------------------------------------------------------------------ state

    final Random rnd;
    final Places places = new Places();
    private final Names names;
    final List<WProducer> producers = new ArrayList<>();
    final List<WProduct> products = new ArrayList<>();
    private final Map<String, String> decisionNumbers = new HashMap<>();
    private final Map<String, Integer> certificateSerials = new HashMap<>();
    private final Map<String, LocalDate> districtRounds = new HashMap<>();
    private final Set<String> tourismUsed = new LinkedHashSet<>();
    private final Set<WProduct> reserved = new LinkedHashSet<>();
    private int quangNgaiProducers;
    private int konTumProducers;
    private int findingSerial2024;
    private int findingSerial2025;
    private int findingSerial2026;

    WProduct mantoza;
    WProduct garlic;

    SampleWorld(long seed) {
        this.rnd = new Random(seed);
        this.names = new Names(rnd);
        buildQuangNgaiTo2024();
        evolveQuangNgaiTo2025();
        buildKonTum();
        findings2025And2026();
        assignCodes();
        chooseEcommerce2025();
    }

    // ------------------------------------------------------------------ the rules of the periods

    /** Who certified a star on a date (domain.md §2.1; the rulebooks of ocop-rules). */
    Issuer issuerFor(LocalDate date, int stars, Places.District d) {
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("only 3 to 5 stars are certified, not " + stars);
        }
        if (date.isAfter(LAST_DISTRICT) && date.isBefore(FIRST_1489)) {
            throw new IllegalStateException("no certification between 1 and 5 July 2025, but asked for " + date);
        }
        if (stars == 5) {
            return new Issuer("C", "TW", EvaluationLevel.CENTRAL, Authority.MINISTER_OF_AGRICULTURE);
        }
        boolean merged = !date.isBefore(FIRST_1489);
        Issuer province = d.kontum() && !merged
                ? new Issuer("P-KTM", "KTM", EvaluationLevel.PROVINCE, Authority.PROVINCIAL_PEOPLES_COMMITTEE)
                : new Issuer("P-QNG", "QNG", EvaluationLevel.PROVINCE, Authority.PROVINCIAL_PEOPLES_COMMITTEE);
        if (!date.isAfter(LAST_1048) || merged || stars == 4) {
            return province;
        }
        return new Issuer("D-" + d.code(), "H" + d.code(), EvaluationLevel.DISTRICT,
                Authority.DISTRICT_PEOPLES_COMMITTEE);
    }

    private String decisionNumber(Issuer is, LocalDate date) {
        return decisionNumbers.computeIfAbsent(is.key() + "|" + date, k -> {
            int doy = date.getDayOfYear();
            return switch (is.level()) {
                case CENTRAL -> (doy * 3 + 180 + rnd.nextInt(40))
                        + (date.isBefore(LocalDate.of(2025, 3, 1)) ? "/QĐ-BNN-VPĐP" : "/QĐ-BNNMT");
                case PROVINCE -> (doy * 5 + 20 + rnd.nextInt(30)) + "/QĐ-UBND";
                default -> (doy * 2 + 5 + rnd.nextInt(25)) + "/QĐ-UBND";
            };
        });
    }

    private String certificateNumber(Issuer is, LocalDate date) {
        String key = is.prefix() + "-" + date.getYear();
        int n = certificateSerials.merge(key, 1, Integer::sum);
        return String.format(Locale.ROOT, "OCOP-%s-%d-%03d", is.prefix(), date.getYear(), n);
    }

    // ------------------------------------------------------------------ scores

    /** 5 to 7 member totals, a few points apart, whose average lies in [lo, hi). */
    List<BigDecimal> council(double lo, double hi) {
        int members = 5 + rnd.nextInt(3);
        for (int attempt = 0; attempt < 1000; attempt++) {
            double mean = lo + (hi - lo) * (0.12 + 0.76 * (rnd.nextDouble() + rnd.nextDouble()) / 2);
            List<BigDecimal> totals = new ArrayList<>(members);
            long halves = 0;
            for (int i = 0; i < members; i++) {
                double x = Math.max(0, Math.min(100, mean + rnd.nextGaussian() * 2.2));
                long h = Math.round(x * 2);
                halves += h;
                totals.add(h % 2 == 0 ? BigDecimal.valueOf(h / 2) : BigDecimal.valueOf(h * 5, 1));
            }
            double avg = halves / 2.0 / members;
            if (avg >= lo && avg < hi) {
                return List.copyOf(totals);
            }
        }
        throw new IllegalStateException("no council scores in [" + lo + ", " + hi + ")");
    }

    List<BigDecimal> band(int stars) {
        return switch (stars) {
            case 3 -> council(50, 70);
            case 4 -> council(70, 90);
            case 5 -> council(90, 99);
            default -> throw new IllegalArgumentException("stars " + stars);
        };
    }

    // ------------------------------------------------------------------ dates

    static LocalDate weekday(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return d.minusDays(1);
        }
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return d.plusDays(1);
        }
        return d;
    }

    LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return weekday(from.plusDays(rnd.nextInt((int) days + 1)));
    }

    /** The day a district council round of a window was decided: one decision per district and window. */
    LocalDate districtRound(Places.District d, String window, LocalDate from, LocalDate to) {
        return districtRounds.computeIfAbsent(d.code() + "|" + window, k -> between(from, to));
    }

    // ------------------------------------------------------------------ certifying

    WEval file(WProduct p, EvaluationKind kind, EvaluationLevel level, LocalDate filed) {
        WEval e = new WEval(kind, level, filed);
        p.evals.add(e);
        return e;
    }

    /** Files a dossier at the level that would certify the star on the filing date. */
    WEval filePending(WProduct p, EvaluationKind kind, int stars, LocalDate filed) {
        return file(p, kind, issuerFor(filed, stars, p.district).level(), filed);
    }

    /** A council evaluation filed some weeks before the decision, then the certificate. */
    WCert certify(WProduct p, int stars, LocalDate date, EvaluationKind kind) {
        Issuer is = issuerFor(date, stars, p.district);
        WEval e = file(p, kind, is.level(), weekday(date.minusDays(21 + rnd.nextInt(36))));
        return decide(p, e, stars, date);
    }

    /** Decides a filed dossier and issues the certificate. */
    WCert decide(WProduct p, WEval e, int stars, LocalDate date) {
        Issuer is = issuerFor(date, stars, p.district);
        if (e.level != is.level()) {
            throw new IllegalStateException(p.name + ": dossier filed at " + e.level + " but " + stars
                    + "★ on " + date + " is certified at " + is.level());
        }
        if (date.isBefore(e.filed)) {
            throw new IllegalStateException(p.name + ": decided " + date + " before filing " + e.filed);
        }
        e.decided = date;
        e.totals = band(stars);
        WCert previous = p.latest(date);
        WCert c = new WCert(certificateNumber(is, date), stars, is.level(), is.authority(), decisionNumber(is, date),
                date);
        p.certs.add(c);
        if (previous != null) {
            if (e.kind == UPGRADE) {
                p.events.add(new WEvent(previous.number(), EventKind.UPGRADED, date, c.number(),
                        "Nâng hạng " + previous.stars() + " sao lên " + stars + " sao"));
            } else {
                p.events.add(new WEvent(previous.number(), EventKind.RE_EVALUATED, date, c.number(),
                        "Đánh giá lại: đạt " + stars + " sao"));
            }
        }
        return c;
    }

    /** A scored evaluation that issues no certificate (forwarded upwards, or not enough for a new star). */
    WEval scoreOnly(WProduct p, EvaluationKind kind, EvaluationLevel level, LocalDate filed, LocalDate decided,
            double lo, double hi) {
        WEval e = file(p, kind, level, filed);
        e.decided = decided;
        e.totals = council(lo, hi);
        return e;
    }

    void event(WProduct p, WCert c, EventKind kind, LocalDate date, String reference, String note) {
        p.events.add(new WEvent(c.number(), kind, date, reference, note));
    }

    /** A re-evaluation dossier filed at the level in force, and the event that records it. */
    void fileReEvaluation(WProduct p, LocalDate filed, boolean withEvent) {
        WCert c = p.latest(filed);
        filePending(p, RE_EVALUATION, c.stars(), filed);
        if (withEvent) {
            event(p, c, EventKind.RE_EVALUATION_FILED, filed, null, "Chủ thể nộp hồ sơ đánh giá, phân hạng lại");
        }
    }

    void expired(WProduct p) {
        WCert c = p.certs.get(p.certs.size() - 1);
        event(p, c, EventKind.EXPIRED, c.expiry(), null, "Hết thời hạn 36 tháng, chưa đánh giá lại");
    }

    WFinding finding(WProduct p, FindingKind kind, String body, LocalDate date, String description) {
        String id;
        if (date.getYear() == 2024) {
            id = String.format(Locale.ROOT, "KL-2024-%02d", ++findingSerial2024);
        } else if (date.getYear() == 2025) {
            id = String.format(Locale.ROOT, "KL-2025-%02d", ++findingSerial2025);
        } else {
            id = String.format(Locale.ROOT, "KL-%d-%02d", date.getYear(), ++findingSerial2026);
        }
        WCert c = p.latest(date);
        if (c == null || !p.inTerm(date)) {
            throw new IllegalStateException(p.name + " has no certificate in term on " + date);
        }
        WFinding f = new WFinding(id, c.number(), kind, body, date, description);
        p.findings.add(f);
        reserved.add(p);
        return f;
    }

    // ------------------------------------------------------------------ producers and products

    private static boolean highland(Places.District d) {
        return d.kontum() ? !d.code().equals("608")
                : Set.of("525", "529", "530", "531", "535").contains(d.code());
    }

    WProducer newProducer(ProducerType type, Places.District d) {
        Places.Commune commune = d.communes().get(rnd.nextInt(d.communes().size()));
        boolean woman = rnd.nextDouble() < 0.45;
        boolean ethnic = highland(d) && rnd.nextDouble() < 0.6;
        boolean disability = rnd.nextDouble() < 0.012;
        String person = names.person(woman, ethnic, d.kontum());
        String brand = type.reportGroup() == ReportGroup.HOUSEHOLD ? names.householdBrand(person, woman)
                : names.tradeBrand();
        String name = names.producerName(type, brand, person, Names.shortPlace(commune.name()),
                Names.shortPlace(d.name()));
        return addProducer(name, type, new LegalRepresentative(woman, ethnic, disability), d, commune, brand);
    }

    private WProducer addProducer(String name, ProducerType type, LegalRepresentative rep, Places.District d,
            Places.Commune commune, String brand) {
        String id = d.kontum() ? String.format(Locale.ROOT, "KTM-%04d", ++konTumProducers)
                : String.format(Locale.ROOT, "QNG-%04d", ++quangNgaiProducers);
        WProducer p = new WProducer(id, name, type, rep, d, commune, brand);
        producers.add(p);
        return p;
    }

    private boolean fits(WProducer p, Places.Kind k) {
        if (p.kinds.contains(k.name())) {
            return false;
        }
        if (k.tourism()) {
            return !tourismUsed.contains(k.name()) && p.group() != ReportGroup.HOUSEHOLD;
        }
        return !k.enterpriseOnly() || p.group() == ReportGroup.ENTERPRISE;
    }

    boolean hasRoom(WProducer p) {
        return p.district.kinds().stream().anyMatch(k -> fits(p, k));
    }

    Places.Kind pickKind(WProducer p) {
        List<Places.Kind> candidates = p.district.kinds().stream().filter(k -> fits(p, k)).toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no kind of product left for " + p.name);
        }
        double total = 0;
        for (Places.Kind k : candidates) {
            total += kindWeight(p, k);
        }
        double x = rnd.nextDouble() * total;
        for (Places.Kind k : candidates) {
            x -= kindWeight(p, k);
            if (x < 0) {
                return k;
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    private static double kindWeight(WProducer p, Places.Kind k) {
        double w = k.premium() ? (p.group() == ReportGroup.HOUSEHOLD ? 1.5 : 2.5) : 1.0;
        return k.tourism() ? 0.6 : w;
    }

    WProduct newProduct(WProducer producer, boolean postReform) {
        Places.Kind k = pickKind(producer);
        producer.kinds.add(k.name());
        if (k.tourism()) {
            tourismUsed.add(k.name());
        }
        String name = k.tourism() ? k.name() : k.name() + " " + producer.brand;
        return addProduct(name, k.set(), producer, postReform);
    }

    private WProduct addProduct(String name, ProductSet set, WProducer producer, boolean postReform) {
        WProduct p = new WProduct(products.size() + 1, name, set, producer, producer.commune, postReform);
        products.add(p);
        return p;
    }

    private ProducerType typeFor(ReportGroup g) {
        double x = rnd.nextDouble();
        return switch (g) {
            case ENTERPRISE -> x < 0.1 ? ProducerType.OTHER_ENTERPRISE : ProducerType.SMALL_MEDIUM_ENTERPRISE;
            case COOPERATIVE -> x < 0.12 ? ProducerType.COOPERATIVE_GROUP : ProducerType.COOPERATIVE;
            default -> x < 0.08 ? ProducerType.FARM : ProducerType.HOUSEHOLD;
        };
    }

    private ReportGroup randomGroup(double enterprise, double cooperative) {
        double x = rnd.nextDouble();
        return x < enterprise ? ReportGroup.ENTERPRISE
                : x < enterprise + cooperative ? ReportGroup.COOPERATIVE : ReportGroup.HOUSEHOLD;
    }

    /** A product by an existing producer of the district (sometimes) or by a new one. */
    WProduct productIn(Places.District d, double existingShare, boolean postReform, List<WProducer> pool) {
        if (rnd.nextDouble() < existingShare) {
            List<WProducer> local = pool.stream().filter(p -> p.district == d && hasRoom(p)).toList();
            if (!local.isEmpty()) {
                return newProduct(local.get(rnd.nextInt(local.size())), postReform);
            }
        }
        WProducer p = newProducer(typeFor(randomGroup(0.12, 0.30)), d);
        return newProduct(p, postReform);
    }

    // ------------------------------------------------------------------ selection helpers

    <T> List<T> shuffled(List<T> in) {
        List<T> out = new ArrayList<>(in);
        Collections.shuffle(out, rnd);
        return out;
    }

    /** Takes the first n of a list, removing them. */
    static <T> List<T> take(List<T> from, int n) {
        if (from.size() < n) {
            throw new IllegalStateException("wanted " + n + " but only " + from.size() + " left");
        }
        List<T> out = new ArrayList<>(from.subList(0, n));
        from.subList(0, n).clear();
        return out;
    }

    /** n products matching, best score first (score plus a random part), not reserved, then reserved. */
    List<WProduct> pick(List<WProduct> pool, int n, Predicate<WProduct> which, ToDoubleFunction<WProduct> score) {
        List<WProduct> candidates = new ArrayList<>();
        Map<WProduct, Double> keys = new LinkedHashMap<>();
        for (WProduct p : pool) {
            if (!reserved.contains(p) && which.test(p)) {
                candidates.add(p);
                keys.put(p, score.applyAsDouble(p) + rnd.nextDouble() * 1.5);
            }
        }
        candidates.sort(Comparator.comparing((WProduct p) -> -keys.get(p)).thenComparingInt(p -> p.seq));
        if (candidates.size() < n) {
            throw new IllegalStateException("wanted " + n + " products but found " + candidates.size());
        }
        List<WProduct> out = new ArrayList<>(candidates.subList(0, n));
        reserved.addAll(out);
        return out;
    }

    private static double strong(WProduct p) {
        return (p.producer.group() == ReportGroup.HOUSEHOLD ? 0 : 1) + (isPremium(p) ? 2 : 0);
    }

    private static boolean isPremium(WProduct p) {
        return p.district.kinds().stream().anyMatch(k -> k.premium() && p.name.startsWith(k.name()));
    }

    private List<WProduct> cohort(String name) {
        return products.stream().filter(p -> p.cohort.equals(name)).toList();
    }

    // ------------------------------------------------------------------ former Quảng Ngãi to 31/10/2024

    /** In-term products per district on 31/10/2024, roughly in proportion to seed 003's appendix (total 204). */
    private static final Map<String, Integer> QUOTA_2024 = linked("522", 25, "524", 17, "525", 22, "527", 18, "528", 17,
            "529", 7, "530", 13, "531", 3, "532", 10, "533", 25, "534", 14, "535", 15, "536", 18);

    private static Map<String, Integer> linked(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    private record Slot(ReportGroup group, ProducerType type, int size) {
    }

    private void buildQuangNgaiTo2024() {
        Map<String, Integer> quota = new LinkedHashMap<>(QUOTA_2024);

        // the two products the ministry later rated 5★ (seed 004), by their real producers
        names.reserveProducerName(MANTOZA_PRODUCER);
        names.reserveProducerName(GARLIC_PRODUCER);
        Places.District tp = places.get("522");
        Places.District lySon = places.get("536");
        WProducer nha = addProducer(MANTOZA_PRODUCER, ProducerType.OTHER_ENTERPRISE,
                new LegalRepresentative(false, false, false), tp, places.commune("522", "phường Quảng Phú"), "Mantoza");
        WProducer phuSinh = addProducer(GARLIC_PRODUCER, ProducerType.SMALL_MEDIUM_ENTERPRISE,
                new LegalRepresentative(false, false, false), lySon, places.commune("536", "An Vĩnh"), "Phú Sinh");
        mantoza = addProduct(MANTOZA, ProductSet.PROCESSED_RICE_GRAINS, nha, false);
        garlic = addProduct(GARLIC, ProductSet.OTHER_SPICES, phuSinh, false);
        phuSinh.kinds.add("Tỏi cô đơn Lý Sơn");
        quota.merge("522", -1, Integer::sum);
        quota.merge("536", -1, Integer::sum);
        mantoza.plannedStars = 4;
        garlic.plannedStars = 4;

        // producer slots (seed 000): 21 enterprises / 22 products, 33 cooperatives / 50, 74 households / 132
        List<Slot> slots = new ArrayList<>();
        addSlots(slots, ReportGroup.ENTERPRISE, types(2, ProducerType.OTHER_ENTERPRISE, 17,
                ProducerType.SMALL_MEDIUM_ENTERPRISE), sizes(2, 1, 1, 18));
        addSlots(slots, ReportGroup.COOPERATIVE, types(4, ProducerType.COOPERATIVE_GROUP, 29,
                ProducerType.COOPERATIVE), sizes(3, 4, 2, 9, 1, 20));
        addSlots(slots, ReportGroup.HOUSEHOLD, types(5, ProducerType.FARM, 69, ProducerType.HOUSEHOLD),
                sizes(5, 2, 4, 4, 3, 10, 2, 18, 1, 40));
        Collections.shuffle(slots, rnd);
        slots.sort(Comparator.comparingInt((Slot s) -> -s.size()));

        List<WProduct> setA = new ArrayList<>(List.of(mantoza, garlic));
        for (Slot s : slots) {
            Places.District d = chooseDistrict(quota, s);
            quota.merge(d.code(), -s.size(), Integer::sum);
            WProducer producer = newProducer(s.type(), d);
            for (int i = 0; i < s.size(); i++) {
                WProduct p = newProduct(producer, false);
                p.plannedStars = 3;
                setA.add(p);
            }
        }
        quota.forEach((k, v) -> {
            if (v != 0) {
                throw new IllegalStateException("district quota not met: " + k + " " + v);
            }
        });
        reserved.add(mantoza);
        reserved.add(garlic);

        // 17 four-star: the two above, and mostly Lý Sơn garlic and onion and Trà Bồng cinnamon (seed 000)
        Map<String, Integer> fours = linked("536", 4, "525", 4, "522", 1, "534", 2, "533", 2, "527", 1, "524", 1);
        for (Map.Entry<String, Integer> f : fours.entrySet()) {
            for (WProduct p : pick(setA, f.getValue(), p -> p.district.code().equals(f.getKey()),
                    SampleWorld::strong)) {
                p.plannedStars = 4;
            }
        }
        reserved.clear();
        reserved.add(mantoza);
        reserved.add(garlic);

        // the 2024 round by 31/10 (seed 001): 13 three-star, Tư Nghĩa 4, Bình Sơn 1, Tp. Quảng Ngãi 8
        Predicate<WProduct> three = p -> p.plannedStars == 3;
        for (WProduct p : pick(setA, 4, three.and(p -> p.district.code().equals("528")), p -> 0)) {
            roundOf2024(p, LocalDate.of(2024, 9, 20));
        }
        for (WProduct p : pick(setA, 1, three.and(p -> p.district.code().equals("524")), p -> 0)) {
            roundOf2024(p, LocalDate.of(2024, 10, 10));
        }
        List<WProduct> tp2024 = pick(setA, 8, three.and(p -> p.district.code().equals("522")), p -> 0);
        for (int i = 0; i < tp2024.size(); i++) {
            roundOf2024(tp2024.get(i), i < 5 ? LocalDate.of(2024, 8, 28) : LocalDate.of(2024, 10, 22));
        }

        // the other 191 by round: 1048 era (province) from Nov 2021, then 148 era (district 3★, province 4★)
        List<WProduct> fourStar = shuffled(setA.stream().filter(p -> p.plannedStars == 4 && p != mantoza
                && p != garlic).toList());
        List<WProduct> threeStar = shuffled(setA.stream().filter(p -> p.plannedStars == 3 && p.cohort.isEmpty())
                .toList());
        round("R1", LocalDate.of(2021, 11, 26), take(fourStar, 2), take(threeStar, 16));
        round("R2", LocalDate.of(2021, 12, 29), take(fourStar, 2), take(threeStar, 14));
        round("R3", LocalDate.of(2022, 6, 24), take(fourStar, 3), take(threeStar, 19));
        round("R4", LocalDate.of(2022, 9, 16), take(fourStar, 2), take(threeStar, 16));
        List<WProduct> r5Fours = take(fourStar, 2);
        r5Fours.add(garlic);
        round("R5", LocalDate.of(2022, 12, 22), r5Fours, take(threeStar, 9));
        round("R6", LocalDate.of(2023, 1, 16), take(fourStar, 2), take(threeStar, 10));
        List<WProduct> p2023 = take(fourStar, 2);
        p2023.add(mantoza);
        round("P2023", LocalDate.of(2023, 12, 15), p2023, List.of());
        List<WProduct> d2023 = take(threeStar, 90);
        for (Places.District d : places.quangNgaiDistricts()) {
            List<WProduct> mine = d2023.stream().filter(p -> p.district == d).toList();
            LocalDate early = between(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 10, 31));
            LocalDate late = between(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 28));
            for (int i = 0; i < mine.size(); i++) {
                WProduct p = mine.get(i);
                p.cohort = "D2023";
                certify(p, 3, mine.size() >= 4 && i < mine.size() / 2 ? early : late, FIRST);
            }
        }
        if (!fourStar.isEmpty() || !threeStar.isEmpty()) {
            throw new IllegalStateException("products left without a round");
        }

        expiredBefore2024(setA);
        noticesAndFilings2024();
        findings2024();
        upgradeCandidates2024();
        ecommerce2024(setA);
    }

    private static List<ProducerType> types(Object... countType) {
        List<ProducerType> out = new ArrayList<>();
        for (int i = 0; i < countType.length; i += 2) {
            for (int n = 0; n < (Integer) countType[i]; n++) {
                out.add((ProducerType) countType[i + 1]);
            }
        }
        return out;
    }

    private static List<Integer> sizes(int... sizeCount) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < sizeCount.length; i += 2) {
            for (int n = 0; n < sizeCount[i + 1]; n++) {
                out.add(sizeCount[i]);
            }
        }
        return out;
    }

    private void addSlots(List<Slot> slots, ReportGroup g, List<ProducerType> types, List<Integer> sizes) {
        if (types.size() != sizes.size()) {
            throw new IllegalStateException(g + ": " + types.size() + " types for " + sizes.size() + " sizes");
        }
        List<ProducerType> t = shuffled(types);
        for (int i = 0; i < t.size(); i++) {
            slots.add(new Slot(g, t.get(i), sizes.get(i)));
        }
    }

    private Places.District chooseDistrict(Map<String, Integer> quota, Slot s) {
        double total = 0;
        List<String> codes = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<String, Integer> q : quota.entrySet()) {
            if (q.getValue() >= s.size()) {
                double w = q.getValue() * affinity(s.group(), q.getKey());
                codes.add(q.getKey());
                weights.add(w);
                total += w;
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no district has room for a producer of " + s.size() + " products");
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < codes.size(); i++) {
            x -= weights.get(i);
            if (x < 0) {
                return places.get(codes.get(i));
            }
        }
        return places.get(codes.get(codes.size() - 1));
    }

    private static double affinity(ReportGroup g, String district) {
        if (g != ReportGroup.ENTERPRISE) {
            return 1;
        }
        return switch (district) {
            case "522" -> 3;
            case "524", "534" -> 2;
            case "533", "528", "536" -> 1.5;
            default -> 0.5;
        };
    }

    private void roundOf2024(WProduct p, LocalDate date) {
        p.cohort = "A2024";
        certify(p, 3, date, FIRST);
    }

    private void round(String name, LocalDate date, List<WProduct> fours, List<WProduct> threes) {
        for (WProduct p : fours) {
            p.cohort = name;
            certify(p, 4, date, FIRST);
        }
        for (WProduct p : threes) {
            p.cohort = name;
            certify(p, 3, date, FIRST);
        }
    }

    /** 16 products whose 1048-era certificates lapsed before 31/10/2024, in the districts seed 003 lists. */
    private void expiredBefore2024(List<WProduct> setA) {
        List<WProducer> setAProducers = setA.stream().map(p -> p.producer).distinct().toList();
        Map<String, Integer> where = linked("522", 5, "524", 1, "528", 1, "529", 1, "532", 3, "533", 5);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            dates.add(i < 6 ? LocalDate.of(2020, 12, 18) : i < 12 ? LocalDate.of(2021, 6, 25)
                    : LocalDate.of(2021, 10, 15));
        }
        dates = shuffled(dates);
        List<WProduct> setE = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> w : where.entrySet()) {
            Places.District d = places.get(w.getKey());
            for (int n = 0; n < w.getValue(); n++) {
                WProduct p;
                List<WProducer> local = setAProducers.stream().filter(x -> x.district == d && hasRoom(x)).toList();
                if (rnd.nextBoolean() && !local.isEmpty()) {
                    p = newProduct(local.get(rnd.nextInt(local.size())), false);
                } else {
                    ReportGroup g = randomGroup(0.12, 0.33);
                    p = newProduct(newProducer(typeFor(g), d), false);
                }
                p.cohort = "E";
                LocalDate date = dates.get(i++);
                int stars = d.code().equals("533") && n == 0 ? 4 : 3;
                p.plannedStars = stars;
                certify(p, stars, date, FIRST);
                p.ecom2024 = rnd.nextDouble() < 0.4;
                setE.add(p);
            }
        }
        // about half filed for re-evaluation in 2024 (seed 003: "sản phẩm hết hạn, đánh giá lại")
        List<WProduct> order = shuffled(setE);
        for (int k = 0; k < order.size(); k++) {
            WProduct p = order.get(k);
            if (k < 8) {
                p.cohort = "E-refiled";
                fileReEvaluation(p, between(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 18)), k < 5);
            } else if (k < 12) {
                expired(p);
            }
        }
    }

    private void noticesAndFilings2024() {
        List<WProduct> r1 = shuffled(cohort("R1"));
        for (int k = 0; k < 6; k++) {
            WProduct p = r1.get(k);
            event(p, p.latest(AS_OF_2024), EventKind.NOTICE_SENT, LocalDate.of(2024, 10, 21), "4621/SNNPTNT-NTM",
                    "Thông báo giấy chứng nhận OCOP hết thời hạn ngày 26/11/2024");
        }
        // two of the notified three-star producers filed at once (148: district council)
        int filed = 0;
        for (int k = 0; k < 6 && filed < 2; k++) {
            WProduct p = r1.get(k);
            if (p.plannedStars == 3) {
                fileReEvaluation(p, LocalDate.of(2024, 10, 25), true);
                p.cohort = "R1-filed";
                reserved.add(p);
                filed++;
            }
        }
        List<WProduct> r2 = shuffled(cohort("R2"));
        for (int k = 0; k < 3; k++) {
            WProduct p = r2.get(k);
            event(p, p.latest(AS_OF_2024), EventKind.NOTICE_SENT, LocalDate.of(2024, 10, 28), "4702/SNNPTNT-NTM",
                    "Thông báo giấy chứng nhận OCOP hết thời hạn ngày 29/12/2024");
        }
    }

    /** Seed 000: the office inspected 63 of the 100 products certified in 2023, 13/5–04/6/2024. */
    private void findings2024() {
        String basis = "Đoàn kiểm tra thực tế sản phẩm OCOP năm 2023 (Công văn 110/VPĐP, 132/VPĐP; "
                + "Báo cáo 165/VPĐP ngày 28/6/2024): ";
        Object[][] plan = {
            {FindingKind.RECORDS_MISSING, LocalDate.of(2024, 5, 15),
                "chưa lưu đầy đủ hồ sơ truy xuất nguồn gốc, nhật ký sản xuất"},
            {FindingKind.PROCESS_NOT_FOLLOWED, LocalDate.of(2024, 5, 22),
                "không thực hiện đúng quy trình sản xuất đã công bố trong hồ sơ OCOP"},
            {FindingKind.RECORDS_MISSING, LocalDate.of(2024, 5, 29),
                "phiếu kiểm nghiệm định kỳ chỉ tiêu chất lượng đã quá hạn"},
            {FindingKind.QUALITY_OR_FOOD_SAFETY_VIOLATION, LocalDate.of(2024, 5, 31),
                "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đã hết hiệu lực"},
            {FindingKind.OPERATIONS_SUSPENDED, LocalDate.of(2024, 6, 4),
                "cơ sở tạm ngừng sản xuất tại thời điểm kiểm tra"},
        };
        Set<Places.District> used = new LinkedHashSet<>();
        for (Object[] f : plan) {
            WProduct p = pick(products, 1, x -> x.cohort.equals("D2023") && !x.district.code().equals("536")
                    && !used.contains(x.district), x -> x.producer.group() == ReportGroup.HOUSEHOLD ? 1 : 0).get(0);
            used.add(p.district);
            finding(p, (FindingKind) f[0], VPDP, (LocalDate) f[1], basis + f[2]
                    + "; đoàn kiểm tra nhắc nhở chủ thể và đề nghị UBND huyện xử lý");
            if (f[0] == FindingKind.OPERATIONS_SUSPENDED) {
                p.cohort = "D2023-suspended";
            }
        }
    }

    private WProduct candidateFourToFive;
    private final List<WProduct> upgradePending2024 = new ArrayList<>();
    private final List<WProduct> selfAssessed2024 = new ArrayList<>();

    /** Seed 001 and 003: two 4★ products to potential 5★; 3★ products registered for an upgrade to 4★. */
    private void upgradeCandidates2024() {
        for (WProduct p : List.of(mantoza, garlic)) {
            scoreOnly(p, UPGRADE, EvaluationLevel.PROVINCE, p == mantoza ? LocalDate.of(2024, 9, 5)
                    : LocalDate.of(2024, 9, 6), LocalDate.of(2024, 10, 25), 90.2, 93.0);
        }
        // Trà Bồng registered one 4→5 upgrade too (seed 003); its provincial score stayed below 90
        candidateFourToFive = pick(products, 1, p -> p.district.code().equals("525") && p.plannedStars == 4
                && !p.cohort.startsWith("R1") && !p.cohort.startsWith("R2"),
                p -> p.latest(AS_OF_2024).date().toEpochDay() / 10.0).get(0);
        scoreOnly(candidateFourToFive, UPGRADE, EvaluationLevel.PROVINCE, LocalDate.of(2024, 9, 6),
                LocalDate.of(2024, 10, 25), 84.0, 88.5);

        Predicate<WProduct> threeHeld = p -> p.plannedStars == 3
                && Set.of("R5", "R6", "D2023").contains(p.cohort);
        for (Map.Entry<String, Integer> e : linked("527", 2, "533", 1, "536", 1).entrySet()) {
            for (WProduct p : pick(products, e.getValue(), threeHeld.and(p -> p.district.code().equals(e.getKey())),
                    SampleWorld::strong)) {
                file(p, UPGRADE, EvaluationLevel.DISTRICT, between(LocalDate.of(2024, 8, 12),
                        LocalDate.of(2024, 10, 15)));
                upgradePending2024.add(p);
            }
        }
        for (String d : List.of("525", "533")) {
            WProduct p = pick(products, 1, threeHeld.and(x -> x.district.code().equals(d)), SampleWorld::strong)
                    .get(0);
            LocalDate day = between(LocalDate.of(2024, 9, 3), LocalDate.of(2024, 10, 11));
            WEval e = file(p, SELF_ASSESSMENT, EvaluationLevel.DISTRICT, day);
            e.decided = day;
            e.totals = List.of(BigDecimal.valueOf(72 + rnd.nextInt(6)));
            selfAssessed2024.add(p);
        }
    }

    /** Seed 000 and 001: 130 of the 204 (= 130 of the 191 certified before 2024) on the provincial e-commerce exchange. */
    private void ecommerce2024(List<WProduct> setA) {
        List<WProduct> older = setA.stream().filter(p -> !p.cohort.equals("A2024")).toList();
        Map<WProduct, Double> key = new LinkedHashMap<>();
        for (WProduct p : older) {
            double w = switch (p.producer.group()) {
                case ENTERPRISE -> 0.85;
                case COOPERATIVE -> 0.75;
                default -> 0.6;
            };
            key.put(p, p == mantoza || p == garlic ? -1 : rnd.nextDouble() / w);
        }
        List<WProduct> sorted = new ArrayList<>(older);
        sorted.sort(Comparator.comparing((WProduct p) -> key.get(p)).thenComparingInt(p -> p.seq));
        for (int i = 0; i < sorted.size(); i++) {
            sorted.get(i).ecom2024 = i < 130;
        }
    }

    // ------------------------------------------------------------------ former Quảng Ngãi to 30/9/2025

    private void evolveQuangNgaiTo2025() {
        reserved.clear();
        LocalDate dec2024 = LocalDate.of(2024, 12, 20);
        LocalDate jun2025 = LocalDate.of(2025, 6, 20);
        LocalDate sep2025 = LocalDate.of(2025, 9, 12);

        // the two potential 5★ products: central council, the Minister's decision of early 2025 (seed 004)
        for (WProduct p : List.of(mantoza, garlic)) {
            WEval e = file(p, UPGRADE, EvaluationLevel.CENTRAL, LocalDate.of(2024, 11, 15));
            decide(p, e, 5, LocalDate.of(2025, 2, 14));
        }
        reserved.add(mantoza);
        reserved.add(garlic);
        reserved.add(candidateFourToFive);
        WCert held = candidateFourToFive.latest(AS_OF_2024);
        if (held.expiry().isBefore(LocalDate.of(2025, 6, 21))) {
            throw new IllegalStateException("the 4→5 candidate's certificate lapses too early: " + held);
        } else if (!held.expiry().isAfter(AS_OF_2025)) {
            // re-evaluated at 4★ before its term ends, so it stays in term in September 2025
            certify(candidateFourToFive, 4, held.expiry().isAfter(jun2025) && held.expiry().isBefore(
                    LocalDate.of(2025, 7, 1)) ? jun2025 : sep2025, RE_EVALUATION);
        }

        // 3★ → 4★: the district council scores and forwards (≥ 70), the province certifies
        for (WProduct p : upgradePending2024) {
            WEval district = p.evals.get(p.evals.size() - 1);
            district.decided = LocalDate.of(2024, 11, 22);
            district.totals = council(70.5, 78);
            WEval province = file(p, UPGRADE, EvaluationLevel.PROVINCE, LocalDate.of(2024, 11, 29));
            decide(p, province, 4, dec2024);
            p.cohort = "UP-2024";
            reserved.add(p);
        }
        for (int i = 0; i < selfAssessed2024.size(); i++) {
            WProduct p = selfAssessed2024.get(i);
            if (i == 0) {
                scoreOnly(p, UPGRADE, EvaluationLevel.DISTRICT, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 18),
                        70.5, 76);
                decide(p, file(p, UPGRADE, EvaluationLevel.PROVINCE, LocalDate.of(2025, 4, 25)), 4, jun2025);
                p.cohort = "UP-2025";
            } else {
                scoreOnly(p, UPGRADE, EvaluationLevel.DISTRICT, LocalDate.of(2025, 3, 12), LocalDate.of(2025, 4, 18),
                        65.5, 69.5);
            }
            reserved.add(p);
        }

        // re-evaluations of the 1048-era rounds as they expire
        LocalDate ndFrom = LocalDate.of(2024, 11, 25);
        LocalDate ndTo = LocalDate.of(2024, 12, 27);
        for (WProduct p : cohort("R1-filed")) {
            decide(p, p.evals.get(p.evals.size() - 1), 3, districtRound(p.district, "2024ND", ndFrom, ndTo));
        }
        for (WProduct p : cohort("E-refiled")) {
            WEval pending = p.evals.get(p.evals.size() - 1);
            decide(p, pending, p.plannedStars, p.plannedStars == 4 ? dec2024
                    : districtRound(p.district, "2024ND", ndFrom, ndTo));
        }
        reEvaluate(cohort("R1"), 2, 8, 2, 2, p -> {
            WCert old = p.latest(AS_OF_2024);
            if (old.stars() == 4) {
                WEval e = filePending(p, RE_EVALUATION, 4, LocalDate.of(2024, 11, 5));
                event(p, old, EventKind.RE_EVALUATION_FILED, e.filed, null, "Chủ thể nộp hồ sơ đánh giá lại");
                decide(p, e, 4, dec2024);
            } else {
                certify(p, 3, districtRound(p.district, "2025Q1", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 28)),
                        RE_EVALUATION);
            }
        });
        reEvaluate(cohort("R2"), 2, 8, 1, 2, p -> {
            if (p.plannedStars == 4) {
                certify(p, 4, jun2025, RE_EVALUATION);
            } else {
                certify(p, 3, districtRound(p.district, "2025H1", LocalDate.of(2025, 3, 17), LocalDate.of(2025, 5, 30)),
                        RE_EVALUATION);
            }
        });
        List<WProduct> r3 = cohort("R3");
        reEvaluate(r3, 2, 12, 3, 1, p -> {
            if (p.plannedStars == 4) {
                certify(p, 4, jun2025, RE_EVALUATION);
            } else if (rnd.nextDouble() < 0.65) {
                certify(p, 3, districtRound(p.district, "2025Q2", LocalDate.of(2025, 5, 5), LocalDate.of(2025, 6, 27)),
                        RE_EVALUATION);
            } else {
                certify(p, 3, sep2025, RE_EVALUATION);
            }
        });
        List<WProduct> r4 = shuffled(cohort("R4"));
        for (int k = 0; k < 10; k++) {
            WProduct p = r4.get(k);
            event(p, p.latest(AS_OF_2025), EventKind.NOTICE_SENT, LocalDate.of(2025, 8, 8), "2875/SNNMT-PTNT",
                    "Thông báo giấy chứng nhận OCOP hết thời hạn ngày 16/9/2025");
        }
        reEvaluate(r4, 2, 8, 3, 0, p -> certify(p, p.plannedStars, sep2025, RE_EVALUATION));
        // R5 expires 22/12/2025: some dossiers already in (one 4★ among them)
        List<WProduct> r5 = cohort("R5").stream().filter(p -> p != garlic).toList();
        List<WProduct> r5Four = pick(r5, 1, p -> p.plannedStars == 4, p -> 0);
        List<WProduct> r5Three = pick(r5, 2, p -> p.plannedStars == 3, p -> 0);
        for (WProduct p : concat(r5Four, r5Three)) {
            fileReEvaluation(p, between(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 26)), true);
        }

        // new products: district rounds of Nov–Dec 2024 and the first half of 2025, provincial rounds
        List<WProducer> pool = producers.stream().filter(p -> !p.district.kontum()).toList();
        Map<String, Integer> late2024 = apportion(linked("525", 17, "527", 14, "535", 13, "536", 14, "534", 12,
                "533", 11, "524", 10, "528", 9, "530", 7, "532", 5, "529", 4, "531", 2), 45);
        late2024.forEach((code, n) -> {
            Places.District d = places.get(code);
            for (int i = 0; i < n; i++) {
                WProduct p = productIn(d, 0.35, false, pool);
                p.cohort = "N2024";
                certify(p, 3, districtRound(d, "2024ND", ndFrom, ndTo), FIRST);
            }
        });
        for (String code : List.of("530", "530", "524")) {
            WProduct p = productIn(places.get(code), 0.35, false, pool);
            p.cohort = "N2024-4";
            certify(p, 4, dec2024, FIRST);
        }
        apportion(QUOTA_2024, 30).forEach((code, n) -> {
            Places.District d = places.get(code);
            for (int i = 0; i < n; i++) {
                WProduct p = productIn(d, 0.35, false, pool);
                p.cohort = "N2025";
                certify(p, 3, districtRound(d, "2025H1", LocalDate.of(2025, 3, 17), LocalDate.of(2025, 5, 30)),
                        FIRST);
            }
        });
        for (String code : List.of("530", "522")) {
            WProduct p = productIn(places.get(code), 0.35, false, pool);
            p.cohort = "N2025-4";
            certify(p, 4, jun2025, FIRST);
        }
        // after the reform (1489): the province certifies 3★ and 4★; product codes carry the new commune
        List<String> districtCodes = new ArrayList<>(QUOTA_2024.keySet());
        for (int i = 0; i < 12; i++) {
            Places.District d = places.get(districtCodes.get(rnd.nextInt(districtCodes.size())));
            WProduct p = productIn(d, 0.35, true, pool);
            p.cohort = i < 10 ? "N1489" : "N1489-4";
            certify(p, i < 10 ? 3 : 4, sep2025, FIRST);
        }
        for (int i = 0; i < 5; i++) {
            Places.District d = places.get(districtCodes.get(rnd.nextInt(districtCodes.size())));
            WProduct p = productIn(d, 0.35, true, pool);
            p.cohort = "PENDING";
            filePending(p, FIRST, 3, between(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 26)));
        }
        // the facility found suspended in June 2024 lost its certificate in January 2025
        WProduct suspended = cohort("D2023-suspended").get(0);
        WCert c = suspended.latest(AS_OF_2024);
        Issuer district = issuerFor(c.date(), 3, suspended.district);
        event(suspended, c, EventKind.REVOKED, LocalDate.of(2025, 1, 17), decisionNumber(district,
                LocalDate.of(2025, 1, 17)), "Thu hồi giấy chứng nhận: cơ sở ngừng hoạt động (kết luận kiểm tra ngày 04/6/2024)");
        // round 1 of 2025 (decided 15/10/2025, after the as-of date): six 3★ → 4★ dossiers in flight
        for (WProduct p : pick(products, 6, p -> !p.kontum() && p.inTerm(AS_OF_2025) && p.stars(AS_OF_2025) == 3
                && p.latest(AS_OF_2025).level() == EvaluationLevel.DISTRICT, SampleWorld::strong)) {
            file(p, UPGRADE, EvaluationLevel.PROVINCE, between(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 22)));
        }

    }

    /** Of a cohort: reEvaluated by {@code action} (4★ first, then 3★), pendingLate file after the reform, expired get an event. */
    private void reEvaluate(List<WProduct> cohort, int fours, int threes, int pendingLate, int expiredEvents,
            Consumer<WProduct> action) {
        List<WProduct> rest = new ArrayList<>(cohort.stream().filter(p -> !reserved.contains(p)
                && p.latest(AS_OF_2025) == p.latest(AS_OF_2024)).toList());
        List<WProduct> four = pick(rest, Math.min(fours, (int) rest.stream().filter(p -> p.plannedStars == 4).count()),
                p -> p.plannedStars == 4, p -> 0);
        List<WProduct> three = pick(rest, threes, p -> p.plannedStars == 3, p -> 0);
        for (WProduct p : concat(four, three)) {
            action.accept(p);
        }
        rest.removeAll(four);
        rest.removeAll(three);
        rest = shuffled(rest);
        for (int k = 0; k < rest.size(); k++) {
            WProduct p = rest.get(k);
            if (k < pendingLate) {
                fileReEvaluation(p, between(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 9, 26)), true);
            } else if (k < pendingLate + expiredEvents) {
                expired(p);
            }
            reserved.add(p);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Largest-remainder split of n over weights, in the weights' order. */
    static Map<String, Integer> apportion(Map<String, Integer> weights, int n) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> out = new LinkedHashMap<>();
        Map<String, Double> rem = new LinkedHashMap<>();
        int given = 0;
        for (Map.Entry<String, Integer> w : weights.entrySet()) {
            double exact = (double) n * w.getValue() / total;
            int floor = (int) Math.floor(exact);
            out.put(w.getKey(), floor);
            rem.put(w.getKey(), exact - floor);
            given += floor;
        }
        List<String> order = new ArrayList<>(weights.keySet());
        order.sort(Comparator.comparing((String k) -> -rem.get(k)));
        for (int i = 0; i < n - given; i++) {
            out.merge(order.get(i), 1, Integer::sum);
        }
        return out;
    }

    // ------------------------------------------------------------------ former Kon Tum

    private static final Map<String, Integer> KONTUM_WEIGHTS = linked("608", 20, "610", 10, "611", 9, "612", 9,
            "613", 13, "614", 6, "615", 12, "616", 8, "617", 10, "618", 3);

    private void buildKonTum() {
        int qn3 = 0;
        int qn4 = 0;
        int qn5 = 0;
        for (WProduct p : products) {
            if (p.inTerm(AS_OF_2025)) {
                switch (p.stars(AS_OF_2025)) {
                    case 3 -> qn3++;
                    case 4 -> qn4++;
                    default -> qn5++;
                }
            }
        }
        // seed 004: 642 in term in the merged province, 2 five-star, 48 four-star, 592 three-star
        if (qn5 != 2 || qn4 > 48 || qn3 > 592) {
            throw new IllegalStateException("former Quảng Ngãi already has " + qn5 + "/" + qn4 + "/" + qn3);
        }
        int four = 48 - qn4;
        int three = 592 - qn3;
        Map<String, Integer> quota = apportion(KONTUM_WEIGHTS, four + three);
        List<WProduct> inTerm = new ArrayList<>();
        for (Map.Entry<String, Integer> q : quota.entrySet()) {
            Places.District d = places.get(q.getKey());
            int left = q.getValue();
            while (left > 0) {
                ReportGroup g = randomGroup(0.15, 0.40);
                WProducer producer = newProducer(typeFor(g), d);
                double x = rnd.nextDouble();
                int size = x < 0.5 ? 1 : x < 0.82 ? 2 : 3;
                for (int i = 0; i < Math.min(size, left) && hasRoom(producer); i++) {
                    inTerm.add(newProduct(producer, false));
                }
                left = q.getValue() - (int) inTerm.stream().filter(p -> p.district == d).count();
            }
        }
        for (WProduct p : pick(inTerm, four, p -> true, SampleWorld::strong)) {
            p.plannedStars = 4;
        }
        reserved.removeAll(inTerm);
        for (WProduct p : inTerm) {
            if (p.plannedStars == 0) {
                p.plannedStars = 3;
            }
        }
        List<WProduct> fours = shuffled(inTerm.stream().filter(p -> p.plannedStars == 4).toList());
        List<WProduct> threes = shuffled(inTerm.stream().filter(p -> p.plannedStars == 3).toList());
        int f1 = four * 15 / 100;
        int f2 = four * 15 / 100;
        int f3 = four * 25 / 100;
        int f5 = four * 10 / 100;
        int f6 = four * 10 / 100;
        int t1 = three * 6 / 100;
        int t2 = three * 6 / 100;
        int t3 = three * 30 / 100;
        int t5 = three * 20 / 100;
        int t6 = three * 5 / 100;

        for (WProduct p : take(fours, f1)) {
            konTum(p, "KTP1", 4, LocalDate.of(2022, 11, 25), FIRST);
        }
        for (WProduct p : take(threes, t1)) {
            konTum(p, "KTP1", 3, LocalDate.of(2022, 11, 25), FIRST);
        }
        for (WProduct p : take(fours, f2)) {
            konTum(p, "KTP2", 4, LocalDate.of(2023, 1, 20), FIRST);
        }
        for (WProduct p : take(threes, t2)) {
            konTum(p, "KTP2", 3, LocalDate.of(2023, 1, 20), FIRST);
        }
        for (WProduct p : take(fours, f3)) {
            konTum(p, "KTP2023", 4, LocalDate.of(2023, 11, 24), FIRST);
        }
        for (WProduct p : take(threes, t3)) {
            konTum(p, "KTD2023", 3, districtRound(p.district, "KT2023", LocalDate.of(2023, 6, 12),
                    LocalDate.of(2023, 12, 22)), FIRST);
        }
        for (WProduct p : take(fours, f5)) {
            konTum(p, "KTP2025", 4, LocalDate.of(2025, 5, 30), FIRST);
        }
        for (WProduct p : take(threes, t5)) {
            konTum(p, "KTD2025", 3, districtRound(p.district, "KT2025", LocalDate.of(2025, 3, 10),
                    LocalDate.of(2025, 6, 27)), FIRST);
        }
        List<WProduct> after = concat(take(fours, f6), take(threes, t6));
        // what is left: the 2024 rounds (districts 3★, some re-evaluating 2021 certificates; province 4★, some upgrades)
        List<WProduct> fours2024 = fours;
        for (int i = 0; i < fours2024.size(); i++) {
            WProduct p = fours2024.get(i);
            p.cohort = "KTP2024";
            if (i < 4) {
                certify(p, 3, districtRound(p.district, "KT2023", LocalDate.of(2023, 6, 12), LocalDate.of(2023, 12, 22)),
                        FIRST);
                certify(p, 4, LocalDate.of(2024, 12, 13), UPGRADE);
            } else {
                certify(p, 4, LocalDate.of(2024, 12, 13), FIRST);
            }
        }
        for (int i = 0; i < threes.size(); i++) {
            WProduct p = threes.get(i);
            p.cohort = "KTD2024";
            LocalDate day = districtRound(p.district, "KT2024", LocalDate.of(2024, 7, 8), LocalDate.of(2024, 12, 27));
            if (i % 10 < 3) {
                WCert old = certify(p, 3, LocalDate.of(2021, 6, 18), FIRST);
                WCert renewed = certify(p, 3, day, RE_EVALUATION);
                if (i % 2 == 0) {
                    WEval e = p.evals.get(p.evals.size() - 1);
                    event(p, old, EventKind.RE_EVALUATION_FILED, e.filed, null, "Chủ thể nộp hồ sơ đánh giá lại");
                }
                if (renewed.date().isBefore(old.expiry())) {
                    throw new IllegalStateException("re-evaluated before expiry: " + p.name);
                }
            } else {
                certify(p, 3, day, FIRST);
            }
        }
        // Kon Tum products recognised by the merged province after 1489: codes carry the new commune
        for (WProduct p : after) {
            p.postReformCode = true;
            p.cohort = "KT1489";
            certify(p, p.plannedStars, LocalDate.of(2025, 9, 12), FIRST);
        }

        // expired Kon Tum products, some with a re-evaluation filed after the reform
        List<WProducer> pool = producers.stream().filter(p -> p.district.kontum()).toList();
        List<String> codes = new ArrayList<>(KONTUM_WEIGHTS.keySet());
        LocalDate[] old = {LocalDate.of(2021, 3, 26), LocalDate.of(2021, 9, 24), LocalDate.of(2022, 6, 17)};
        List<WProduct> lapsed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Places.District d = places.get(codes.get(rnd.nextInt(codes.size())));
            WProduct p = productIn(d, 0.5, false, pool);
            p.cohort = "KT-E";
            p.plannedStars = i == 0 ? 4 : 3;
            certify(p, p.plannedStars, old[i % 3], FIRST);
            lapsed.add(p);
        }
        lapsed = shuffled(lapsed);
        for (int k = 0; k < lapsed.size(); k++) {
            if (k < 3) {
                fileReEvaluation(lapsed.get(k), between(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 9, 26)), true);
            } else if (k < 6) {
                expired(lapsed.get(k));
            }
        }
        for (int i = 0; i < 4; i++) {
            Places.District d = places.get(codes.get(rnd.nextInt(codes.size())));
            WProduct p = productIn(d, 0.4, true, pool);
            p.cohort = "KT-PENDING";
            filePending(p, FIRST, 3, between(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 26)));
        }
    }

    private void konTum(WProduct p, String cohortName, int stars, LocalDate date, EvaluationKind kind) {
        p.cohort = cohortName;
        certify(p, stars, date, kind);
    }

    // ------------------------------------------------------------------ findings of 2025 and 2026

    private void findings2025And2026() {
        reserved.clear();
        WProduct k = pick(products, 1, p -> p.cohort.equals("KTD2024") && p.inTerm(LocalDate.of(2025, 6, 18))
                && p.inTerm(AS_OF_2025), p -> 0).get(0);
        finding(k, FindingKind.QUALITY_OR_FOOD_SAFETY_VIOLATION, "Chi cục An toàn vệ sinh thực phẩm tỉnh Kon Tum",
                LocalDate.of(2025, 6, 18), "Mẫu sản phẩm lấy kiểm nghiệm không đạt chỉ tiêu vi sinh theo tiêu chuẩn "
                        + "đã công bố; đã xử phạt vi phạm hành chính");
        WProduct l = pick(products, 1, p -> !p.kontum() && p.cohort.equals("N2024") && p.inTerm(AS_OF_2025), p -> 0)
                .get(0);
        finding(l, FindingKind.LABELLING_VIOLATION, QLTT, LocalDate.of(2025, 8, 14),
                "Nhãn hàng hóa thiếu nội dung bắt buộc (định lượng, hạn sử dụng); đã xử phạt vi phạm hành chính");
        WProduct r = pick(products, 1, p -> !p.kontum() && p.cohort.equals("D2023") && p.inTerm(AS_OF_2025), p -> 0)
                .get(0);
        finding(r, FindingKind.RECORDS_MISSING, SNNMT, LocalDate.of(2025, 9, 5),
                "Kiểm tra sau công nhận: chưa cập nhật phiếu kiểm nghiệm định kỳ và hồ sơ truy xuất nguồn gốc");

        // 2026, for assessing the file under 26/2026 (e.g. as of 22/11/2026)
        WProduct m = pick(products, 1, p -> p.cohort.equals("N1489") && p.stars(AS_OF_2025) == 3, p -> 0).get(0);
        finding(m, FindingKind.MARK_MISUSE, QLTT, LocalDate.of(2026, 10, 5),
                "Sử dụng biểu trưng OCOP 4 sao trên bao bì sản phẩm được công nhận 3 sao, gây nhầm lẫn cho người tiêu "
                        + "dùng");
        WProduct s = pick(products, 1, p -> p.cohort.equals("N2024") && p.producer.group() == ReportGroup.HOUSEHOLD,
                p -> 0).get(0);
        finding(s, FindingKind.PRODUCTION_STOPPED, "UBND " + s.commune.after().name(), LocalDate.of(2026, 11, 10),
                "UBND xã xác nhận chủ thể đã ngừng sản xuất sản phẩm OCOP từ tháng 8/2026");
    }

    // ------------------------------------------------------------------ codes and e-commerce

    /**
     * Product codes: before the reform {@code <province>-<district>-<serial>-<year of first evaluation>}
     * (Kon Tum products keep their old province code 62); after it {@code 51-<commune>-<serial>-<year>}
     * (26/2026 sheets). Serials count per district (or commune) in order of first evaluation.
     */
    private void assignCodes() {
        List<WProduct> order = new ArrayList<>(products);
        order.sort(Comparator.comparing(WProduct::codeDate).thenComparingInt(p -> p.seq));
        Map<String, Integer> serial = new HashMap<>();
        for (WProduct p : order) {
            String key;
            String prefix;
            if (p.postReformCode) {
                key = "C" + p.commune.after().code();
                prefix = Places.PROVINCE_CODE + "-" + p.commune.after().code();
            } else {
                key = "D" + p.district.code();
                prefix = (p.kontum() ? "62" : Places.PROVINCE_CODE) + "-" + p.district.code();
            }
            int n = serial.merge(key, 1, Integer::sum);
            p.code = String.format(Locale.ROOT, "%s-%03d-%d", prefix, n, p.codeDate().getYear());
        }
    }

    /** Seed 004: 173 in-term products of the merged province on e-commerce platforms. */
    private void chooseEcommerce2025() {
        List<WProduct> inTerm = products.stream().filter(p -> p.inTerm(AS_OF_2025)).toList();
        Map<WProduct, Double> key = new LinkedHashMap<>();
        for (WProduct p : inTerm) {
            double g = switch (p.producer.group()) {
                case ENTERPRISE -> 0.7;
                case COOPERATIVE -> 0.85;
                default -> 1.0;
            };
            key.put(p, p == mantoza || p == garlic ? -1 : rnd.nextDouble() * g * (p.ecom2024 ? 0.35 : 1.0));
        }
        List<WProduct> sorted = new ArrayList<>(inTerm);
        sorted.sort(Comparator.comparing((WProduct p) -> key.get(p)).thenComparingInt(p -> p.seq));
        for (int i = 0; i < sorted.size(); i++) {
            sorted.get(i).ecom2025 = i < 173;
        }
        for (WProduct p : products) {
            if (!p.inTerm(AS_OF_2025)) {
                p.ecom2025 = p.ecom2024;
            }
        }
    }
}
