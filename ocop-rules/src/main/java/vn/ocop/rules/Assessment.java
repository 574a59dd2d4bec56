package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the rules say about one product on one date: the rating of each evaluation, the
 * state of each certificate, the revocation proposals, and upgrade eligibility, each with its
 * reasons and citations. Immutable; safe to share.
 *
 * @param productCode  the product
 * @param asOf         the date judged
 * @param ratings      one per evaluation filed on or before the as-of date, oldest first
 * @param certificates one per certificate, oldest first
 * @param revocations  one per finding dated on or before the as-of date (and practice proposals)
 * @param upgrade      upgrade eligibility
 * @param ruleBase     which rules and files produced this assessment
 */
public record Assessment(String productCode, LocalDate asOf, List<RatingDecision> ratings,
        List<LifecycleStatus> certificates, List<RevocationDecision> revocations, UpgradeEligibility upgrade,
        RuleBaseInfo ruleBase) {

    public Assessment {
        ratings = ImmutableList.copyOf(ratings);
        certificates = ImmutableList.copyOf(certificates);
        revocations = ImmutableList.copyOf(revocations);
    }

    /** The rating of the most recent evaluation, if any. */
    public Optional<RatingDecision> latestRating() {
        return ratings.isEmpty() ? Optional.empty() : Optional.of(ratings.get(ratings.size() - 1));
    }

    /**
     * The certificate that stands for the product: the newest one not superseded (valid, in grace,
     * expired or revoked), if any.
     */
    public Optional<LifecycleStatus> currentCertificate() {
        return certificates.stream()
                .filter(c -> c.state() != LifecycleState.SUPERSEDED && c.state() != LifecycleState.NOT_YET_ISSUED)
                .max(Comparator.comparing(LifecycleStatus::expiryDate));
    }

    /** The revocations proposed. */
    public List<RevocationDecision> proposedRevocations() {
        return revocations.stream().filter(RevocationDecision::proposed).toList();
    }

    /** Every reason of every decision, in the order: ratings, certificates, revocations, upgrade. */
    public List<Reason> reasons() {
        List<Reason> out = new ArrayList<>();
        ratings.forEach(r -> out.addAll(r.reasons()));
        certificates.forEach(c -> out.addAll(c.reasons()));
        revocations.forEach(r -> out.addAll(r.reasons()));
        out.addAll(upgrade.reasons());
        return out;
    }
}
