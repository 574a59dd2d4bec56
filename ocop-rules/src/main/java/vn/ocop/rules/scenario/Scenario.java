package vn.ocop.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.Check;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Finding;
import vn.ocop.core.Producer;
import vn.ocop.core.Product;
import vn.ocop.core.CnnttbAward;
import vn.ocop.core.SalesPoint;
import vn.ocop.core.TraceabilityCode;

/**
 * One case of a scenario file: given these facts, on this date, the law gives this result.
 *
 * @param name        a short title, unique in its file
 * @param description what the case shows, in plain words
 * @param references  the provisions it checks, e.g. {@code 26/2026/QĐ-TTg, Điều 8.1.d}
 * @param asOf        the date judged
 * @param ruleSets    optional rule sets switched on (e.g. {@code provincial-practice-148})
 * @param overrides   rulebook id → values changed for this case only ("what if")
 * @param given       the facts
 * @param expect      the expected result
 */
public record Scenario(String name, String description, List<String> references, LocalDate asOf,
        List<String> ruleSets, Map<String, JsonNode> overrides, Given given, Expectations.Expect expect) {

    public Scenario {
        Check.notBlank(name, "name");
        description = description == null ? "" : description;
        references = references == null ? List.of() : ImmutableList.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("references: must cite at least one provision the case checks (e.g. "
                    + "'26/2026/QĐ-TTg, Điều 3.3'), but none was given");
        }
        for (int i = 0; i < references.size(); i++) {
            try {
                vn.ocop.core.LegalBasis.parse(references.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("references[" + i + "]: " + e.getMessage());
            }
        }
        Check.notNull(asOf, "asOf");
        ruleSets = ruleSets == null ? List.of() : ImmutableList.copyOf(ruleSets);
        overrides = overrides == null ? Map.of() : ImmutableMap.copyOf(overrides);
        Check.notNull(given, "given");
        Check.notNull(expect, "expect");
        if (expect.isEmpty()) {
            throw new IllegalArgumentException("expect: must state at least one result (rating, certificate, "
                    + "revocation, upgrade, rounds, traceability, cnnttb, shelf or schedule), but states none: a case "
                    + "that expects nothing cannot fail");
        }
    }

    /**
     * The facts of a case, in the library's JSON shape. The producer and product may be left out or
     * partly given (defaults fill the rest); {@code productCode} and ids may be left out.
     *
     * @param producer     the producer
     * @param product      the product
     * @param evaluations  its evaluations
     * @param certificates its certificates
     * @param findings     findings about it
     * @param events       its certificates' history
     * @param traceability its barcodes and QR codes ({@code productCode} may be left out)
     * @param cnnttbAwards rural industrial product awards (CNNTTB)
     * @param salesPoints  OCOP sales points (an OCOP item's {@code productCode} may be left out: the case's product)
     */
    public record Given(Producer producer, Product product, List<Evaluation> evaluations, List<Certificate> certificates,
            List<Finding> findings, List<CertificateEvent> events, List<TraceabilityCode> traceability,
            List<CnnttbAward> cnnttbAwards, List<SalesPoint> salesPoints) {
        public Given {
            traceability = traceability == null ? List.of() : ImmutableList.copyOf(traceability);
            cnnttbAwards = cnnttbAwards == null ? List.of() : ImmutableList.copyOf(cnnttbAwards);
            salesPoints = salesPoints == null ? List.of() : ImmutableList.copyOf(salesPoints);
            Check.notNull(producer, "given.producer");
            Check.notNull(product, "given.product");
            evaluations = evaluations == null ? List.of() : ImmutableList.copyOf(evaluations);
            certificates = certificates == null ? List.of() : ImmutableList.copyOf(certificates);
            findings = findings == null ? List.of() : ImmutableList.copyOf(findings);
            events = events == null ? List.of() : ImmutableList.copyOf(events);
        }
    }

    /** The file: a list of cases. */
    record File(List<Scenario> scenarios) {
        File {
            scenarios = scenarios == null ? List.of() : ImmutableList.copyOf(scenarios);
        }
    }

    Optional<String> firstRuleSet() {
        return ruleSets.stream().findFirst();
    }
}
