package vn.ocop.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything known about one product: the unit the rules assess. Built from a
 * {@link Portfolio} ({@link Portfolio#records()}) or directly with {@link #builder(Product, Producer)}.
 *
 * @param product      the product
 * @param producer     its producer
 * @param evaluations  its evaluations, any order
 * @param certificates its certificates, any order (older ones are superseded by newer ones)
 * @param findings     conclusions about it or its producer
 * @param history      what happened to its certificates
 * @param traceability its barcodes and QR traceability codes
 */
public record ProductRecord(Product product, Producer producer, List<Evaluation> evaluations,
        List<Certificate> certificates, List<Finding> findings, CertificateHistory history,
        List<TraceabilityCode> traceability) {

    public ProductRecord {
        Check.notNull(product, "record.product");
        Check.notNull(producer, "record.producer");
        if (!producer.id().equals(product.producerId())) {
            throw new IllegalArgumentException("record.producer must be the product's producer '"
                    + product.producerId() + "', but was '" + producer.id() + "'");
        }
        evaluations = ImmutableList.copyOf(Check.noNulls(evaluations == null ? List.of() : evaluations,
                "record.evaluations"));
        certificates = ImmutableList.copyOf(Check.noNulls(certificates == null ? List.of() : certificates,
                "record.certificates"));
        findings = ImmutableList.copyOf(Check.noNulls(findings == null ? List.of() : findings, "record.findings"));
        history = history == null ? CertificateHistory.empty() : history;
        traceability = ImmutableList.copyOf(Check.noNulls(traceability == null ? List.of() : traceability,
                "record.traceability"));
        for (TraceabilityCode t : traceability) {
            requireSameProduct("traceability code " + t.kind(), t.productCode(), product);
        }
        for (Evaluation e : evaluations) {
            requireSameProduct("evaluation " + e.id(), e.productCode(), product);
        }
        for (Certificate c : certificates) {
            requireSameProduct("certificate " + c.number(), c.productCode(), product);
        }
        for (Finding f : findings) {
            requireSameProduct("finding " + f.id(), f.productCode(), product);
        }
    }

    /** A record without traceability codes. */
    public ProductRecord(Product product, Producer producer, List<Evaluation> evaluations,
            List<Certificate> certificates, List<Finding> findings, CertificateHistory history) {
        this(product, producer, evaluations, certificates, findings, history, List.of());
    }

    private static void requireSameProduct(String what, String code, Product product) {
        if (!code.equals(product.code())) {
            throw new IllegalArgumentException(what + " must concern product '" + product.code() + "', but names '"
                    + code + "'");
        }
    }

    public static Builder builder(Product product, Producer producer) {
        return new Builder(product, producer);
    }

    /** Builds a {@link ProductRecord}. */
    public static final class Builder {
        private final Product product;
        private final Producer producer;
        private final List<Evaluation> evaluations = new ArrayList<>();
        private final List<Certificate> certificates = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private CertificateHistory history = CertificateHistory.empty();
        private final List<TraceabilityCode> traceability = new ArrayList<>();

        private Builder(Product product, Producer producer) {
            this.product = product;
            this.producer = producer;
        }

        public Builder evaluation(Evaluation e) {
            evaluations.add(e);
            return this;
        }

        public Builder certificate(Certificate c) {
            certificates.add(c);
            return this;
        }

        public Builder finding(Finding f) {
            findings.add(f);
            return this;
        }

        public Builder event(CertificateEvent e) {
            history = history.append(e);
            return this;
        }

        public Builder traceability(TraceabilityCode t) {
            traceability.add(t);
            return this;
        }

        public ProductRecord build() {
            return new ProductRecord(product, producer, evaluations, certificates, findings, history, traceability);
        }
    }
}
