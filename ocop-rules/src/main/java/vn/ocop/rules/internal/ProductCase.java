package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ocop.core.Certificate;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Finding;
import vn.ocop.core.ProductRecord;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RevocationDecision;
import vn.ocop.rules.RuleBaseInfo;

/**
 * The facts of one product on one date, and the assessment gathered from them once the rules
 * have fired.
 */
public final class ProductCase {
    private final ProductRecord record;
    private final LocalDate asOf;
    private final List<RatingFact> ratings;
    private final List<CertificateFact> certificates;
    private final List<FindingFact> findings;
    private final UpgradeFact upgrade;

    private static final Comparator<Evaluation> BY_FILING = Comparator.comparing(Evaluation::filingDate)
            .thenComparing(e -> e.decisionDate().orElse(LocalDate.MAX));
    private static final Comparator<Certificate> BY_DECISION = Comparator.comparing(Certificate::decisionDate);

    public ProductCase(ProductRecord record, LocalDate asOf, RuleData data, int gapTop) {
        this.record = record;
        this.asOf = asOf;
        String source = "product " + record.product().code();
        List<Evaluation> evals = new ArrayList<>(record.evaluations());
        if (evals.size() > 1) {
            evals.sort(BY_FILING);
        }
        this.ratings = new ArrayList<>(evals.size());
        for (Evaluation e : evals) {
            if (!e.filingDate().isAfter(asOf)) {
                ratings.add(new RatingFact(record, e, asOf, data, source, gapTop));
            }
        }
        List<Certificate> certs = new ArrayList<>(record.certificates());
        if (certs.size() > 1) {
            certs.sort(BY_DECISION);
        }
        this.certificates = new ArrayList<>(certs.size());
        for (Certificate c : certs) {
            certificates.add(new CertificateFact(record, c, asOf, data));
        }
        this.findings = new ArrayList<>(record.findings().size());
        for (Finding f : record.findings()) {
            if (!f.date().isAfter(asOf)) {
                findings.add(new FindingFact(record, f, data));
            }
        }
        this.upgrade = new UpgradeFact(record, asOf, data, certificates, ratings);
    }

    /** Every fact to insert. */
    public void forEachFact(java.util.function.Consumer<Object> sink) {
        ratings.forEach(sink);
        certificates.forEach(sink);
        findings.forEach(sink);
        sink.accept(upgrade);
    }

    public Assessment toAssessment(RuleBaseInfo info) {
        List<RatingDecision> r = new ArrayList<>(ratings.size());
        ratings.forEach(f -> r.add(f.toDecision()));
        List<vn.ocop.rules.LifecycleStatus> c = new ArrayList<>(certificates.size());
        certificates.forEach(f -> c.add(f.toStatus()));
        List<RevocationDecision> v = new ArrayList<>(findings.size());
        findings.forEach(f -> v.add(f.toDecision()));
        certificates.forEach(f -> f.practiceRevocation().ifPresent(v::add));
        return new Assessment(record.product().code(), asOf, r, c, v, upgrade.toEligibility(), info);
    }

    public ProductRecord record() {
        return record;
    }
}
