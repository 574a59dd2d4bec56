package vn.ocop.examples.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Finding;
import vn.ocop.core.Locality;
import vn.ocop.core.Plan;
import vn.ocop.core.Portfolio;
import vn.ocop.core.Producer;
import vn.ocop.core.Product;
import vn.ocop.core.io.PortfolioIO;

/**
 * Generates the two synthetic sample portfolios of Quảng Ngãi province in {@code ocop-examples/data}:
 *
 * <ul>
 *   <li>{@value #FILE_2024}: former Quảng Ngãi as of 31 October 2024, matching the figures of the
 *       provincial reports of November 2024 (seeds 000 and 001): 204 products in term (17 four-star,
 *       187 three-star) of 128 producers, 130 on e-commerce, the 2024 plan;</li>
 *   <li>{@value #FILE_2025}: the province merged with Kon Tum, as of 30 September 2025, matching the
 *       report of August 2025 (seed 004): 642 products in term (2 five-star, 48 four-star, 592
 *       three-star), 173 on e-commerce, localities by post-reform commune.</li>
 * </ul>
 *
 * <p>Both files are views of one seeded history ({@link SampleWorld}), so a product keeps its code,
 * producer and certificates from one file to the next. The output is byte-for-byte reproducible:
 * {@code java vn.ocop.examples.sample.QuangNgaiSample ocop-examples/data}.
 *
 * <p>Everything but the counts, the plan and the two five-star products (Tỏi Lý Sơn, Mạch nha
 * Quảng Ngãi đường Mantoza) is invented: names, codes, dates, scores. See {@code data/README.md}.
 */
public final class QuangNgaiSample {
    /** The seed of the generator's {@link java.util.Random}. */
    public static final long SEED = 20241031L;
    public static final String FILE_2024 = "quang-ngai-2024.json";
    public static final String FILE_2025 = "quang-ngai-2025.json";
    public static final LocalDate AS_OF_2024 = SampleWorld.AS_OF_2024;
    public static final LocalDate AS_OF_2025 = SampleWorld.AS_OF_2025;
    public static final String NAME_2024 = "Quảng Ngãi 2024 (dữ liệu mẫu / synthetic sample)";
    public static final String NAME_2025 = "Quảng Ngãi 2025 (sau sáp nhập; dữ liệu mẫu / synthetic sample)";
    /** Kế hoạch 69/KH-UBND (seed 001): 70 new 3–5★ products, 4–6 of them 4★, 1–2 potential 5★. */
    public static final Plan PLAN_2024 = new Plan("Kế hoạch 69/KH-UBND ngày 20/3/2024", LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31), 70, 4, 6, 1, 2);

    private QuangNgaiSample() {
    }

    /**
     * Writes both files into a directory.
     *
     * @param args one argument: the output directory (e.g. {@code ocop-examples/data})
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java vn.ocop.examples.sample.QuangNgaiSample <output directory>");
            System.exit(2);
            return;
        }
        Path dir = Path.of(args[0]);
        Samples s = build();
        for (Path file : write(s, dir)) {
            Portfolio back = new PortfolioIO().read(file);
            LocalDate asOf = file.getFileName().toString().equals(FILE_2024) ? AS_OF_2024 : AS_OF_2025;
            System.out.println(file + ": " + summary(back, asOf));
        }
    }

    /** The two portfolios. */
    public record Samples(Portfolio of2024, Portfolio of2025) {
    }

    /** Builds both portfolios from the seed and checks the seed documents' figures. */
    public static Samples build() {
        SampleWorld w = new SampleWorld(SEED);
        SampleSchemes schemes = new SampleSchemes(w, SEED + 4);
        Portfolio p2024 = withSchemes(snapshot(w, AS_OF_2024, false, AS_OF_2024, NAME_2024, Optional.of(PLAN_2024)),
                schemes, AS_OF_2024, false);
        Portfolio p2025 = withSchemes(snapshot(w, AS_OF_2025, true, LocalDate.of(2026, 12, 31), NAME_2025,
                Optional.empty()), schemes, AS_OF_2025, true);
        require(p2024, AS_OF_2024, 204, 0, 17, 187, 130);
        require(p2025, AS_OF_2025, 642, 2, 48, 592, 173);
        requireSchemes(p2024, AS_OF_2024, 13, 6, null);
        requireSchemes(p2025, AS_OF_2025, 23, 9, new int[] {160, 42, 17, 31, 14, 2});
        return new Samples(p2024, p2025);
    }

    /** Writes both files into {@code dir} (created if missing) and returns their paths. */
    public static List<Path> write(Samples s, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path a = dir.resolve(FILE_2024);
        Path b = dir.resolve(FILE_2025);
        Files.writeString(a, toJson(s.of2024()), StandardCharsets.UTF_8);
        Files.writeString(b, toJson(s.of2025()), StandardCharsets.UTF_8);
        return List.of(a, b);
    }

    /** The file text: the library's JSON, with {@code \n} line ends whatever the platform, and a final newline. */
    public static String toJson(Portfolio p) {
        return new PortfolioIO().toJson(p).replace("\r\n", "\n") + "\n";
    }

    // ------------------------------------------------------------------ views of the history

    private static Portfolio snapshot(SampleWorld w, LocalDate asOf, boolean merged, LocalDate findingsUntil,
            String name, Optional<Plan> plan) {
        List<SampleWorld.WProduct> included = w.products.stream()
                .filter(p -> (merged || !p.kontum()) && p.existsOn(asOf))
                .sorted(Comparator.comparing(p -> p.code))
                .toList();
        Map<String, SampleWorld.WProducer> producers = new TreeMap<>();
        List<Product> products = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        List<Certificate> certificates = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<CertificateEvent> events = new ArrayList<>();
        for (SampleWorld.WProduct p : included) {
            producers.put(p.producer.id, p.producer);
            products.add(new Product(p.code, p.name, p.set, p.producer.id, locality(p.commune, p.district, merged),
                    merged ? p.ecom2025 : p.ecom2024));
            // ids count every dossier of the product in filing order, so they are the same in both files
            List<SampleWorld.WEval> es = new ArrayList<>(p.evals);
            es.sort(Comparator.comparing((SampleWorld.WEval e) -> e.filed)
                    .thenComparing(e -> e.decided == null ? LocalDate.MAX : e.decided));
            for (int i = 0; i < es.size(); i++) {
                SampleWorld.WEval e = es.get(i);
                if (e.filed.isAfter(asOf)) {
                    continue;
                }
                boolean decided = e.decided != null && !e.decided.isAfter(asOf);
                evaluations.add(new Evaluation(p.code + "-DG" + (i + 1), p.code, e.kind, e.level, e.filed,
                        decided ? Optional.of(e.decided) : Optional.empty(), decided ? e.totals : List.of(),
                        List.of(), Set.of(), Optional.empty()));
            }
            p.certs.stream().filter(c -> !c.date().isAfter(asOf))
                    .sorted(Comparator.comparing(SampleWorld.WCert::date))
                    .forEach(c -> certificates.add(new Certificate(c.number(), p.code, c.stars(), c.level(),
                            c.authority(), c.decisionNumber(), c.date())));
            p.events.stream().filter(e -> !e.date().isAfter(asOf))
                    .sorted(Comparator.comparing(SampleWorld.WEvent::date))
                    .forEach(e -> events.add(new CertificateEvent(e.certificate(), e.kind(), e.date(),
                            Optional.ofNullable(e.reference()), e.note())));
            p.findings.stream().filter(f -> !f.date().isAfter(findingsUntil))
                    .forEach(f -> findings.add(new Finding(f.id(), p.code, Optional.of(f.certificate()), f.kind(),
                            f.body(), f.date(), f.description())));
        }
        findings.sort(Comparator.comparing(Finding::date).thenComparing(Finding::id));
        List<Producer> producerList = new ArrayList<>();
        for (SampleWorld.WProducer p : producers.values()) {
            producerList.add(new Producer(p.id, p.name, p.type, p.representative,
                    Optional.of(locality(p.commune, p.district, merged))));
        }
        return new Portfolio(name, producerList, products, evaluations, certificates, findings, events, plan);
    }

    /**
     * The view's awards (issued by the date; the former Kon Tum's only after the merger), its sales points (opened
     * by the date, with only the products and awards the view holds) and the traceability codes of its products.
     */
    private static Portfolio withSchemes(Portfolio p, SampleSchemes s, LocalDate asOf, boolean merged) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        p.products().forEach(x -> codes.add(x.code()));
        List<vn.ocop.core.CnnttbAward> awards = s.awards.stream()
                .filter(a -> (merged || !a.kontum()) && !a.award().issuedOn().isAfter(asOf))
                .map(SampleSchemes.WAward::award).toList();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        awards.forEach(a -> numbers.add(a.number()));
        List<vn.ocop.core.SalesPoint> points = new ArrayList<>();
        for (SampleSchemes.WPoint w : s.points) {
            vn.ocop.core.SalesPoint sp = w.point();
            if ((merged || !w.kontum()) && !sp.openedOn().isAfter(asOf)) {
                List<vn.ocop.core.ShelfItem> items = sp.items().stream()
                        .filter(i -> i.productCode().map(codes::contains).orElse(true)
                                && i.award().map(numbers::contains).orElse(true)).toList();
                points.add(new vn.ocop.core.SalesPoint(sp.id(), sp.name(), sp.address(), sp.category(), sp.funding(),
                        sp.supportedBy(), sp.openedOn(), sp.closedOn(), items));
            }
        }
        List<vn.ocop.core.TraceabilityCode> trace = s.codes.stream()
                .filter(t -> codes.contains(t.productCode()) && !t.issuedOn().isAfter(asOf)).toList();
        return p.withSchemes(trace, awards, points);
    }

    private static Locality locality(Places.Commune c, Places.District d, boolean merged) {
        return merged
                ? Locality.of(Places.PROVINCE_CODE, Places.PROVINCE_NAME, c.after().code(), c.after().name())
                : Locality.withDistrict(Places.PROVINCE_CODE, Places.PROVINCE_NAME, d.code(), d.name(), c.code(),
                        c.name());
    }

    // ------------------------------------------------------------------ self-check

    /** The certificate standing for a product on a date: the newest decided on or before it. */
    static Optional<Certificate> current(Portfolio p, String productCode, LocalDate asOf) {
        return p.certificates().stream()
                .filter(c -> c.productCode().equals(productCode) && !c.decisionDate().isAfter(asOf))
                .max(Comparator.comparing(Certificate::decisionDate));
    }

    /** In term: decided on or before the date, before the end of its 36 months, not revoked by then. */
    static boolean inTerm(Portfolio p, Certificate c, LocalDate asOf) {
        return !c.decisionDate().isAfter(asOf) && asOf.isBefore(c.decisionDate().plusMonths(36))
                && p.events().stream().noneMatch(e -> e.certificateNumber().equals(c.number())
                        && e.kind() == vn.ocop.core.EventKind.REVOKED && !e.date().isAfter(asOf));
    }

    private static int[] counts(Portfolio p, LocalDate asOf) {
        int[] n = new int[7]; // total, 3★, 4★, 5★, e-commerce, producers
        Set<String> producers = new java.util.HashSet<>();
        for (Product prod : p.products()) {
            Optional<Certificate> c = current(p, prod.code(), asOf);
            if (c.isPresent() && inTerm(p, c.get(), asOf)) {
                n[0]++;
                n[c.get().stars() - 2]++;
                if (prod.onEcommerce()) {
                    n[4]++;
                }
                producers.add(prod.producerId());
            }
        }
        n[5] = producers.size();
        return n;
    }

    private static void require(Portfolio p, LocalDate asOf, int total, int five, int four, int three, int ecommerce) {
        int[] n = counts(p, asOf);
        if (n[0] != total || n[3] != five || n[2] != four || n[1] != three || n[4] != ecommerce) {
            throw new IllegalStateException(p.name() + " as of " + asOf + ": expected " + total + " in term (" + five
                    + "/" + four + "/" + three + "), " + ecommerce + " on e-commerce, but got " + summary(p, asOf));
        }
    }

    /**
     * Checks the seed documents' counts of sales points (open, state-supported) and, when given, of CNNTTB awards
     * (recognised and valid by level: province, region, nation). An award is valid through 31 December of the
     * fourth year counting its own (the library's rule; its scenarios test it).
     */
    private static void requireSchemes(Portfolio p, LocalDate asOf, int points, int state, int[] awards) {
        long open = p.salesPoints().stream().filter(x -> x.openOn(asOf)).count();
        long supported = p.salesPoints().stream().filter(x -> x.openOn(asOf)
                && x.funding() == vn.ocop.core.SalesPointFunding.STATE_SUPPORTED).count();
        if (open != points || supported != state) {
            throw new IllegalStateException(p.name() + ": expected " + points + " sales points (" + state
                    + " state-supported), but got " + open + " (" + supported + ")");
        }
        if (awards == null) {
            return;
        }
        int[] n = new int[6];
        for (vn.ocop.core.CnnttbAward a : p.cnnttbAwards()) {
            n[a.level().ordinal()]++;
            if (!asOf.isAfter(LocalDate.of(a.issuedOn().getYear() + 3, 12, 31))) {
                n[3 + a.level().ordinal()]++;
            }
        }
        if (!java.util.Arrays.equals(n, awards)) {
            throw new IllegalStateException(p.name() + ": expected CNNTTB awards " + java.util.Arrays.toString(awards)
                    + " (recognised and valid by level), but got " + java.util.Arrays.toString(n));
        }
    }

    static String summary(Portfolio p, LocalDate asOf) {
        int[] n = counts(p, asOf);
        return String.format(Locale.ROOT, "%d products in term on %s (5★ %d, 4★ %d, 3★ %d), %d on e-commerce, %d producers "
                        + "with a product in term; file: %d producers, %d products, %d evaluations, %d certificates, "
                        + "%d findings, %d events",
                n[0], asOf, n[3], n[2], n[1], n[4], n[5], p.producers().size(), p.products().size(),
                p.evaluations().size(), p.certificates().size(), p.findings().size(), p.events().size());
    }
}
