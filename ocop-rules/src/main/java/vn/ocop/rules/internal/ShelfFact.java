package vn.ocop.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.ShelfBasis;
import vn.ocop.core.ShelfItem;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.LifecycleState;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.Reason;
import vn.ocop.rules.ShelfProblem;
import vn.ocop.rules.ShelfStatus;

/**
 * A product on an OCOP sales point's shelf on a date, as {@code sales-points.drl} sees it. For a
 * product shelved as OCOP it carries what the lifecycle rules concluded about the product's
 * current certificate on that date; a CNNTTB product is matched with its {@link CnnttbFact}.
 */
public final class ShelfFact implements Explained {
    private final String salesPoint;
    private final ShelfItem item;
    private final LifecycleStatus certificate;
    private final Rulebook rulebook;
    private Boolean qualifies;
    private ShelfProblem problem;
    private final List<Reason> reasons = new ArrayList<>(1);

    /**
     * @param salesPoint  the sales point's id
     * @param item        the shelved product
     * @param certificate for OCOP items: the product's current certificate on the date, or null when it has none
     * @param rulebook    the rulebook in force on the date
     */
    public ShelfFact(String salesPoint, ShelfItem item, LifecycleStatus certificate, Rulebook rulebook) {
        this.salesPoint = salesPoint;
        this.item = item;
        this.certificate = certificate;
        this.rulebook = rulebook;
    }

    // ------------------------------------------------------------------ facts read by the rules

    public String getSalesPoint() {
        return salesPoint;
    }

    public String getName() {
        return item.name();
    }

    public ShelfBasis getBasis() {
        return item.basis();
    }

    public String getAward() {
        return item.award().orElse(null);
    }

    /** The product's current certificate state on the date, or null when it has no certificate. */
    public LifecycleState getCertificateState() {
        return certificate == null ? null : certificate.state();
    }

    public boolean isHasCertificate() {
        return certificate != null && certificate.state() != LifecycleState.NOT_YET_ISSUED;
    }

    public String getCertificateNumber() {
        return certificate == null ? null : certificate.certificateNumber();
    }

    public int getStars() {
        return certificate == null ? 0 : certificate.stars();
    }

    /** Whether the lifecycle rules allow the OCOP mark on the date. */
    public boolean isMarkUsable() {
        return certificate != null && certificate.markUsable();
    }

    /** The citation of the product's current certificate's state (its first reason's), when it has one. */
    public Optional<LegalBasis> getCertificateBasis() {
        if (certificate == null || certificate.reasons().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(certificate.reasons().get(0).bases().get(0));
    }

    // ------------------------------------------------------------------ decisions

    public void qualify() {
        this.qualifies = true;
    }

    public void flag(ShelfProblem p) {
        this.qualifies = false;
        this.problem = p;
    }

    public ShelfStatus toStatus() {
        return new ShelfStatus(item.name(), item.basis(), item.productCode(), item.award(),
                qualifies != null && qualifies, Optional.ofNullable(problem), reasons);
    }

    @Override
    public Rulebook rulebook() {
        return rulebook;
    }

    @Override
    public void explain(Reason reason) {
        reasons.add(reason);
    }

    @Override
    public Map<String, Object> messageValues() {
        return Map.of("name", item.name(), "point", salesPoint, "product", item.productCode().orElse(""));
    }
}
