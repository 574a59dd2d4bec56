package vn.ocop.rules.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Finding;
import vn.ocop.core.Plan;
import vn.ocop.core.Portfolio;
import vn.ocop.core.Producer;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.io.PortfolioIO;

/** Records to portfolios and back, and counterexamples written where the command line can read them. */
final class Portfolios {
    private static final PortfolioIO IO = new PortfolioIO();

    private Portfolios() {
    }

    /** The portfolio holding exactly these records (producers once each, in first-seen order). */
    static Portfolio of(String name, List<ProductRecord> records, Optional<Plan> plan) {
        Map<String, Producer> producers = new LinkedHashMap<>();
        List<Product> products = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        List<Certificate> certificates = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<CertificateEvent> events = new ArrayList<>();
        for (ProductRecord r : records) {
            producers.putIfAbsent(r.producer().id(), r.producer());
            products.add(r.product());
            evaluations.addAll(r.evaluations());
            certificates.addAll(r.certificates());
            findings.addAll(r.findings());
            events.addAll(r.history().events());
        }
        return new Portfolio(name, new ArrayList<>(producers.values()), products, evaluations, certificates, findings,
                events, plan);
    }

    static Portfolio of(ProductRecord record) {
        return of("counterexample", List.of(record), Optional.empty());
    }

    /** The record as the library's JSON portfolio (what {@code ./ocop explain} reads). */
    static String json(ProductRecord record) {
        return IO.toJson(of(record));
    }

    static String json(Portfolio portfolio) {
        return IO.toJson(portfolio);
    }

    /**
     * One product's facts as short lines, for failure messages (the complete record is in the JSON
     * printed with it): the product, each evaluation, certificate, event and finding with its dates.
     */
    static String describe(ProductRecord r) {
        StringBuilder sb = new StringBuilder();
        sb.append("product ").append(r.product().code()).append(" (").append(r.product().productSet()).append("), producer ")
                .append(r.producer().id()).append(' ').append(r.producer().type()).append('\n');
        for (Evaluation e : r.evaluations()) {
            sb.append("  evaluation ").append(e.id()).append(": ").append(e.kind()).append(" at ").append(e.level())
                    .append(", filed ").append(e.filingDate()).append(", decided ")
                    .append(e.decisionDate().map(String::valueOf).orElse("—"))
                    .append(e.scoredBySheets() ? ", " + e.sheets().size() + " sheets"
                            : e.unscored() ? ", unscored" : ", totals " + e.memberTotals().stream()
                                    .map(java.math.BigDecimal::toPlainString).toList())
                    .append(e.knockOuts().isEmpty() ? "" : ", knock-outs " + e.knockOuts())
                    .append(e.minimumsMet().map(m -> ", minimums met " + m).orElse("")).append('\n');
        }
        for (Certificate c : r.certificates()) {
            sb.append("  certificate ").append(c.number()).append(": ").append(c.stars()).append("★ by ")
                    .append(c.authority()).append(" on ").append(c.decisionDate())
                    .append(c.rulebook().map(b -> ", issued under " + b).orElse("")).append('\n');
        }
        for (CertificateEvent e : r.history().events()) {
            sb.append("  event ").append(e.kind()).append(" of ").append(e.certificateNumber()).append(" on ")
                    .append(e.date()).append(e.reference().map(x -> " (" + x + ")").orElse("")).append('\n');
        }
        for (Finding f : r.findings()) {
            sb.append("  finding ").append(f.id()).append(": ").append(f.kind()).append(" on ").append(f.date())
                    .append(f.certificateNumber().map(n -> " about " + n).orElse("")).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes a counterexample under {@code target/property-counterexamples/} so that it can be replayed
     * with the command line ({@code ./ocop explain --as-of … <file> <product code>}); returns the path.
     */
    static Path save(String name, String json) {
        try {
            Path dir = Path.of("target", "property-counterexamples");
            Files.createDirectories(dir);
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
