package vn.ocop.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.ProducerType;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.Sector;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.scoring.Gap;
import vn.ocop.rules.Reason;
import vn.ocop.rules.UpgradeEligibility;
import vn.ocop.rules.UpgradePath;

/**
 * A product on a date, as the upgrade rules see it: the certificate that stands, the producer's
 * eligibility under the period in force, and the gap to the next star from the latest evaluation
 * scored by sheets. {@code upgrade.drl} decides.
 */
public final class UpgradeFact implements Explained {
    private Map<String, Object> messageValues;
    private final Rulebook inForce;
    private final CertificateFact current;
    private final boolean producerEligible;
    private final ProducerType producerType;
    private final boolean districtPath;
    private final LocalDate asOf;
    private final Gap gap;

    private boolean eligible;
    private Integer target;
    private UpgradePath path;
    private final List<Reason> reasons = new ArrayList<>(3);

    public UpgradeFact(ProductRecord record, LocalDate asOf, RuleData data, List<CertificateFact> certificates,
            List<RatingFact> ratings) {
        this.asOf = asOf;
        this.inForce = data.rulebooks().forDate(asOf).rulebook();
        CertificateFact latest = null;
        for (CertificateFact c : certificates) {
            if (c.isInForceByFacts() && (latest == null || c.getDecisionDate().isAfter(latest.getDecisionDate()))) {
                latest = c;
            }
        }
        this.current = latest;
        this.producerType = record.producer().type();
        Rulebook.Producers p = inForce.certification().producers();
        this.producerEligible = p.eligible().contains(producerType)
                || (record.product().productSet().sector() == Sector.TOURISM && p.tourismOnly().contains(producerType));
        this.districtPath = inForce.levels().containsKey(EvaluationLevel.DISTRICT)
                && inForce.districtLevelUntil().map(u -> !asOf.isAfter(u)).orElse(true);
        Gap g = null;
        if (current != null && current.getStars() < 5) {
            for (int i = ratings.size() - 1; i >= 0 && g == null; i--) {
                RatingFact r = ratings.get(i);
                if (r.isScoredBySheets() && r.rulebook().id().equals(inForce.id())) {
                    g = r.gapAfter(current.getStars());
                }
            }
        }
        this.gap = g;
    }

    // ------------------------------------------------------------------ facts read by the rules

    /** A certificate stands on the as-of date (valid or in grace). */
    public boolean isHasCertificate() {
        return current != null;
    }

    public int getStars() {
        return current == null ? 0 : current.getStars();
    }

    public String getCertificateNumber() {
        return current == null ? null : current.getNumber();
    }

    public boolean isProducerEligible() {
        return producerEligible;
    }

    public ProducerType getProducerType() {
        return producerType;
    }

    public LegalBasis getProducersBasis() {
        return inForce.certification().producers().basis();
    }

    /** 3★ → 4★ goes through the district council (148 before the district level was abolished). */
    public boolean isDistrictPath() {
        return districtPath;
    }

    /** Months the current certificate has been held, whole months. */
    public long getMonthsHeld() {
        return current == null ? 0 : java.time.temporal.ChronoUnit.MONTHS.between(current.getDecisionDate(), asOf);
    }

    public int getMinimumMonthsHeld() {
        return inForce.upgrade().minimumMonthsHeld();
    }

    public boolean isHeldLongEnough() {
        return getMonthsHeld() >= getMinimumMonthsHeld();
    }

    public LegalBasis getUpgradeBasis() {
        return inForce.upgrade().basis();
    }

    /** The provincial average that sends a product to the central council (90). */
    public BigDecimal getCentralThreshold() {
        return inForce.certification().forwarding().stream().filter(f -> f.to() == EvaluationLevel.CENTRAL)
                .map(Rulebook.Forwarding::minimumAverage).findFirst().orElse(inForce.bandFrom(5));
    }

    public LegalBasis getCentralBasis() {
        return inForce.certification().forwarding().stream().filter(f -> f.to() == EvaluationLevel.CENTRAL)
                .map(Rulebook.Forwarding::basis).findFirst().orElse(inForce.certification().basis());
    }

    public LegalBasis getCentralFallbackBasis() {
        return inForce.certification().centralFallback().orElse(inForce.certification().basis());
    }

    /** The average at which the district forwards a product to the province (1048: 50, 148: 70). */
    public BigDecimal getDistrictForwardThreshold() {
        return inForce.certification().forwarding().stream().filter(f -> f.from() == EvaluationLevel.DISTRICT)
                .map(Rulebook.Forwarding::minimumAverage).findFirst().orElse(inForce.bandFrom(4));
    }

    public BigDecimal getFourStarThreshold() {
        return inForce.bandFrom(4);
    }

    /** The gap to the next star from the latest evaluation scored by sheets under the period in force, or null. */
    public Gap getGap() {
        return gap;
    }

    public String getDecision() {
        return inForce.decision();
    }

    // ------------------------------------------------------------------ decisions

    public void decideEligible(int targetStars, UpgradePath p) {
        eligible = true;
        target = targetStars;
        path = p;
    }

    // ------------------------------------------------------------------ Explained

    @Override
    public Rulebook rulebook() {
        return inForce;
    }

    @Override
    public void explain(Reason reason) {
        reasons.add(reason);
    }

    @Override
    public Map<String, Object> messageValues() {
        Map<String, Object> m = messageValues;
        if (m == null) {
            m = Map.of("decision", inForce.decision(), "stars", getStars());
            messageValues = m;
        }
        return m;
    }

    public UpgradeEligibility toEligibility() {
        return new UpgradeEligibility(eligible, current == null ? Optional.empty() : Optional.of(current.getStars()),
                Optional.ofNullable(target), Optional.ofNullable(path), Optional.ofNullable(eligible ? gap : null),
                reasons);
    }
}
