package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ocop.core.Certificate;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Finding;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.TraceabilityCode;
import vn.ocop.core.TraceabilityKind;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.NoRulebookException;
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
    private final List<RoundFact> rounds = new ArrayList<>(0);
    private final List<TraceabilityFact> traceability = new ArrayList<>(0);

    // the orders below are total (ties broken by id), so that the results do not depend on the order the
    // facts are given in
    private static final Comparator<Evaluation> BY_FILING = Comparator.comparing(Evaluation::filingDate)
            .thenComparing(e -> e.decisionDate().orElse(LocalDate.MAX)).thenComparing(Evaluation::id);
    private static final Comparator<Certificate> BY_DECISION = Comparator.comparing(Certificate::decisionDate)
            .thenComparing(Certificate::number);
    private static final Comparator<Finding> BY_DATE = Comparator.comparing(Finding::date).thenComparing(Finding::id);

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
                try {
                    ratings.add(new RatingFact(record, e, asOf, data, source, gapTop));
                } catch (NoRulebookException x) {
                    throw located(x, source, "evaluations[" + e.id() + "]");
                }
                data.rulebooks().covering(e.filingDate()).flatMap(g -> RoundFact.of(e, asOf, g.rulebook()))
                        .ifPresent(rounds::add);
            }
        }
        List<Certificate> certs = new ArrayList<>(record.certificates());
        if (certs.size() > 1) {
            certs.sort(BY_DECISION);
        }
        this.certificates = new ArrayList<>(certs.size());
        for (Certificate c : certs) {
            try {
                certificates.add(new CertificateFact(record, c, asOf, data));
            } catch (NoRulebookException x) {
                throw located(x, source, "certificates[" + c.number() + "]");
            }
        }
        List<Finding> finds = new ArrayList<>(record.findings());
        if (finds.size() > 1) {
            finds.sort(BY_DATE);
        }
        this.findings = new ArrayList<>(finds.size());
        for (Finding f : finds) {
            if (!f.date().isAfter(asOf)) {
                try {
                    findings.add(new FindingFact(record, f, data));
                } catch (NoRulebookException x) {
                    throw located(x, source, "findings[" + f.id() + "]");
                }
            }
        }
        this.upgrade = new UpgradeFact(record, asOf, data, certificates, ratings);
        if (data.quangNgai()) {
            Rulebook inForce = data.rulebooks().forDate(asOf).rulebook();
            for (CertificateFact c : certificates) {
                if (c.isInForceByFacts()) {
                    for (TraceabilityKind k : TraceabilityKind.values()) {
                        traceability.add(new TraceabilityFact(c, k, longest(record, k, asOf), inForce));
                    }
                }
            }
        }
    }

    /**
     * Which of two codes counts: the one lasting longer (no end date lasts longest), then one whose account was
     * handed over, then the later, then by the code's text: a total order, so the result does not depend on the
     * order the codes are given in.
     */
    private static final Comparator<TraceabilityCode> LONGEST = Comparator
            .comparing((TraceabilityCode t) -> t.validUntil().orElse(LocalDate.MAX))
            .thenComparing(TraceabilityCode::accountHandedOver).thenComparing(TraceabilityCode::issuedOn)
            .thenComparing(TraceabilityCode::code);

    /** The product's code of a kind, issued by the date, that lasts longest (no end date lasts longest), or null. */
    private static TraceabilityCode longest(ProductRecord record, TraceabilityKind kind, LocalDate asOf) {
        TraceabilityCode best = null;
        for (TraceabilityCode t : record.traceability()) {
            if (t.kind() != kind || t.issuedOn().isAfter(asOf)) {
                continue;
            }
            if (best == null || LONGEST.compare(t, best) > 0) {
                best = t;
            }
        }
        return best;
    }

    /**
     * A date of the record that no period covers, named with the product and the record's field
     * ({@code product 51-…: evaluations[E-1]: no rulebook covers 2018-05-15: …}); the as-of date is
     * the caller's and is left as it is.
     */
    private NoRulebookException located(NoRulebookException x, String source, String field) {
        return x.date().equals(asOf) ? x : new NoRulebookException(x.date(), source + ": " + field + ": "
                + x.getMessage());
    }

    /** Every fact to insert. */
    public void forEachFact(java.util.function.Consumer<Object> sink) {
        ratings.forEach(sink);
        certificates.forEach(sink);
        findings.forEach(sink);
        sink.accept(upgrade);
        rounds.forEach(sink);
        traceability.forEach(sink);
    }

    public Assessment toAssessment(RuleBaseInfo info) {
        List<RatingDecision> r = new ArrayList<>(ratings.size());
        ratings.forEach(f -> r.add(f.toDecision()));
        List<vn.ocop.rules.LifecycleStatus> c = new ArrayList<>(certificates.size());
        certificates.forEach(f -> c.add(f.toStatus()));
        List<RevocationDecision> v = new ArrayList<>(findings.size());
        findings.forEach(f -> v.add(f.toDecision()));
        certificates.forEach(f -> f.practiceRevocation().ifPresent(v::add));
        List<vn.ocop.rules.RoundAssignment> a = new ArrayList<>(rounds.size());
        rounds.forEach(f -> f.toAssignment().ifPresent(a::add));
        List<vn.ocop.rules.TraceabilityFlag> t = new ArrayList<>(0);
        traceability.forEach(f -> t.addAll(f.toFlags()));
        return new Assessment(record.product().code(), asOf, r, c, v, upgrade.toEligibility(), info, a, t);
    }

    public ProductRecord record() {
        return record;
    }
}
