package vn.ocop.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A province's (or a platform's) collection of OCOP data, in the shape of the library's JSON
 * portfolio files: producers, products, and what happened to the products. References are
 * checked on construction: every product names a known producer, every evaluation, certificate
 * and finding a known product, every event a known certificate; codes and numbers are unique.
 *
 * @param name         a title for reports, e.g. "Quảng Ngãi 2024"
 * @param producers    the producers
 * @param products     the products
 * @param evaluations  evaluations of those products
 * @param certificates certificates of those products
 * @param findings     findings about those products
 * @param events       certificate history events
 * @param plan         the year's plan targets, when reports should show progress against them
 * @param traceabilityCodes barcodes and QR traceability codes of the products
 * @param cnnttbAwards  rural industrial product awards (CNNTTB), the Ministry of Industry and Trade's scheme
 * @param salesPoints   OCOP sales points and what they sell
 */
public record Portfolio(String name, List<Producer> producers, List<Product> products, List<Evaluation> evaluations,
        List<Certificate> certificates, List<Finding> findings, List<CertificateEvent> events, Optional<Plan> plan,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TraceabilityCode> traceabilityCodes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CnnttbAward> cnnttbAwards,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SalesPoint> salesPoints) {

    public Portfolio {
        Check.notBlank(name, "portfolio.name");
        producers = copy(producers, "producers");
        products = copy(products, "products");
        evaluations = copy(evaluations, "evaluations");
        certificates = copy(certificates, "certificates");
        findings = copy(findings, "findings");
        events = copy(events, "events");
        plan = plan == null ? Optional.empty() : plan;
        traceabilityCodes = copy(traceabilityCodes, "traceabilityCodes");
        cnnttbAwards = copy(cnnttbAwards, "cnnttbAwards");
        salesPoints = copy(salesPoints, "salesPoints");
        List<String> problems = referenceProblems(producers, products, evaluations, certificates, findings, events);
        problems.addAll(schemeProblems(products, traceabilityCodes, cnnttbAwards, salesPoints));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    /** A portfolio of the OCOP programme only (no traceability codes, CNNTTB awards or sales points). */
    public Portfolio(String name, List<Producer> producers, List<Product> products, List<Evaluation> evaluations,
            List<Certificate> certificates, List<Finding> findings, List<CertificateEvent> events, Optional<Plan> plan) {
        this(name, producers, products, evaluations, certificates, findings, events, plan, List.of(), List.of(),
                List.of());
    }

    /** The same portfolio with these traceability codes, CNNTTB awards and sales points. */
    public Portfolio withSchemes(List<TraceabilityCode> traceabilityCodes, List<CnnttbAward> cnnttbAwards,
            List<SalesPoint> salesPoints) {
        return new Portfolio(name, producers, products, evaluations, certificates, findings, events, plan,
                traceabilityCodes, cnnttbAwards, salesPoints);
    }

    /** Reference problems of the traceability codes, awards and sales points, as {@link #referenceProblems} words them. */
    static List<String> schemeProblems(List<Product> products, List<TraceabilityCode> codes, List<CnnttbAward> awards,
            List<SalesPoint> points) {
        List<String> problems = new ArrayList<>();
        Set<String> productCodes = new HashSet<>();
        products.forEach(p -> productCodes.add(p.code()));
        for (int i = 0; i < codes.size(); i++) {
            if (!productCodes.contains(codes.get(i).productCode())) {
                problems.add("traceabilityCodes[" + i + "].productCode: no product with code '"
                        + codes.get(i).productCode() + "'");
            }
        }
        Map<String, CnnttbAward> awardByNumber = new HashMap<>();
        for (int i = 0; i < awards.size(); i++) {
            CnnttbAward a = awards.get(i);
            if (awardByNumber.putIfAbsent(a.number(), a) != null) {
                problems.add("cnnttbAwards[" + i + "].number: duplicate award number '" + a.number() + "'");
            }
            if (a.productCode().isPresent() && !productCodes.contains(a.productCode().get())) {
                problems.add("cnnttbAwards[" + i + "].productCode: no product with code '" + a.productCode().get() + "'");
            }
        }
        for (int i = 0; i < awards.size(); i++) {
            CnnttbAward a = awards.get(i);
            if (a.basedOn().isEmpty()) {
                continue;
            }
            CnnttbAward lower = awardByNumber.get(a.basedOn().get());
            if (lower == null) {
                problems.add("cnnttbAwards[" + i + "].basedOn: no award numbered '" + a.basedOn().get() + "'");
            } else if (lower.level().ordinal() != a.level().ordinal() - 1) {
                problems.add("cnnttbAwards[" + i + "].basedOn: a " + a.level().en() + " award rests on a "
                        + a.level().below().map(CnnttbLevel::en).orElse("-") + " award, but '" + lower.number()
                        + "' is " + lower.level().en());
            }
        }
        Set<String> pointIds = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            SalesPoint sp = points.get(i);
            if (!pointIds.add(sp.id())) {
                problems.add("salesPoints[" + i + "].id: duplicate sales point id '" + sp.id() + "'");
            }
            for (int j = 0; j < sp.items().size(); j++) {
                ShelfItem item = sp.items().get(j);
                String path = "salesPoints[" + i + "].items[" + j + "]";
                if (item.productCode().isPresent() && !productCodes.contains(item.productCode().get())) {
                    problems.add(path + ".productCode: no product with code '" + item.productCode().get() + "'");
                }
                if (item.award().isPresent() && !awardByNumber.containsKey(item.award().get())) {
                    problems.add(path + ".award: no CNNTTB award numbered '" + item.award().get() + "'");
                }
            }
        }
        return problems;
    }

    private static <T> List<T> copy(List<T> list, String field) {
        return list == null ? List.of() : ImmutableList.copyOf(Check.noNulls(list, field));
    }

    /**
     * Reference problems, each as {@code "<path>: <message>"} where path is like {@code products[3].producerId},
     * so that a reader can map it back to a line of the file.
     */
    static List<String> referenceProblems(List<Producer> producers, List<Product> products,
            List<Evaluation> evaluations, List<Certificate> certificates, List<Finding> findings,
            List<CertificateEvent> events) {
        List<String> problems = new ArrayList<>();
        Set<String> producerIds = new HashSet<>();
        for (int i = 0; i < producers.size(); i++) {
            if (!producerIds.add(producers.get(i).id())) {
                problems.add("producers[" + i + "].id: duplicate producer id '" + producers.get(i).id() + "'");
            }
        }
        Set<String> productCodes = new HashSet<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            if (!productCodes.add(p.code())) {
                problems.add("products[" + i + "].code: duplicate product code '" + p.code() + "'");
            }
            if (!producerIds.contains(p.producerId())) {
                problems.add("products[" + i + "].producerId: no producer with id '" + p.producerId() + "'");
            }
        }
        Set<String> evaluationIds = new HashSet<>();
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation e = evaluations.get(i);
            if (!evaluationIds.add(e.id())) {
                problems.add("evaluations[" + i + "].id: duplicate evaluation id '" + e.id() + "'");
            }
            if (!productCodes.contains(e.productCode())) {
                problems.add("evaluations[" + i + "].productCode: no product with code '" + e.productCode() + "'");
            }
        }
        Set<String> certificateNumbers = new HashSet<>();
        for (int i = 0; i < certificates.size(); i++) {
            Certificate c = certificates.get(i);
            if (!certificateNumbers.add(c.number())) {
                problems.add("certificates[" + i + "].number: duplicate certificate number '" + c.number() + "'");
            }
            if (!productCodes.contains(c.productCode())) {
                problems.add("certificates[" + i + "].productCode: no product with code '" + c.productCode() + "'");
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!productCodes.contains(f.productCode())) {
                problems.add("findings[" + i + "].productCode: no product with code '" + f.productCode() + "'");
            }
            if (f.certificateNumber().isPresent() && !certificateNumbers.contains(f.certificateNumber().get())) {
                problems.add("findings[" + i + "].certificateNumber: no certificate numbered '"
                        + f.certificateNumber().get() + "'");
            }
        }
        for (int i = 0; i < events.size(); i++) {
            if (!certificateNumbers.contains(events.get(i).certificateNumber())) {
                problems.add("events[" + i + "].certificateNumber: no certificate numbered '"
                        + events.get(i).certificateNumber() + "'");
            }
        }
        return problems;
    }

    /** One {@link ProductRecord} per product, in the order of {@link #products()}. */
    public List<ProductRecord> records() {
        Map<String, Producer> producerById = new HashMap<>();
        producers.forEach(p -> producerById.put(p.id(), p));
        ImmutableListMultimap<String, Evaluation> evals = Multimaps.index(evaluations, Evaluation::productCode);
        ImmutableListMultimap<String, Certificate> certs = Multimaps.index(certificates, Certificate::productCode);
        ImmutableListMultimap<String, Finding> finds = Multimaps.index(findings, Finding::productCode);
        ImmutableListMultimap<String, TraceabilityCode> trace = Multimaps.index(traceabilityCodes,
                TraceabilityCode::productCode);
        Map<String, String> productOfCertificate = new HashMap<>();
        certificates.forEach(c -> productOfCertificate.put(c.number(), c.productCode()));
        Map<String, List<CertificateEvent>> eventsByProduct = new LinkedHashMap<>();
        for (CertificateEvent e : events) {
            eventsByProduct.computeIfAbsent(productOfCertificate.get(e.certificateNumber()), k -> new ArrayList<>())
                    .add(e);
        }
        List<ProductRecord> out = new ArrayList<>(products.size());
        for (Product p : products) {
            out.add(new ProductRecord(p, producerById.get(p.producerId()), evals.get(p.code()), certs.get(p.code()),
                    finds.get(p.code()), CertificateHistory.of(eventsByProduct.getOrDefault(p.code(), List.of())),
                    trace.get(p.code())));
        }
        return out;
    }
}
