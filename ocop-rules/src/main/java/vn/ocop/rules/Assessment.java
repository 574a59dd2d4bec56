package vn.ocop.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param revocations  one per finding dated on or before the as-of date, oldest first (then practice proposals)
 * @param upgrade      upgrade eligibility
 * @param ruleBase     which rules and files produced this assessment
 * @param rounds       for dossiers still pending: the evaluation round each falls into (26/2026/QĐ-TTg Điều 5)
 * @param traceability problems with the product's barcode or QR traceability code, when a provincial rule set
 *                     that checks them is switched on (e.g. {@code province-quang-ngai})
 */
public record Assessment(String productCode, LocalDate asOf, List<RatingDecision> ratings,
        List<LifecycleStatus> certificates, List<RevocationDecision> revocations, UpgradeEligibility upgrade,
        RuleBaseInfo ruleBase, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RoundAssignment> rounds,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TraceabilityFlag> traceability) {

    public Assessment {
        ratings = ImmutableList.copyOf(ratings);
        certificates = ImmutableList.copyOf(certificates);
        revocations = ImmutableList.copyOf(revocations);
        rounds = rounds == null ? List.of() : ImmutableList.copyOf(rounds);
        traceability = traceability == null ? List.of() : ImmutableList.copyOf(traceability);
    }

    /** An assessment without rounds or traceability flags. */
    public Assessment(String productCode, LocalDate asOf, List<RatingDecision> ratings,
            List<LifecycleStatus> certificates, List<RevocationDecision> revocations, UpgradeEligibility upgrade,
            RuleBaseInfo ruleBase) {
        this(productCode, asOf, ratings, certificates, revocations, upgrade, ruleBase, List.of(), List.of());
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

    /** Every reason of every decision, in the order: ratings, certificates, revocations, upgrade, rounds, traceability. */
    public List<Reason> reasons() {
        List<Reason> out = new ArrayList<>();
        ratings.forEach(r -> out.addAll(r.reasons()));
        certificates.forEach(c -> out.addAll(c.reasons()));
        revocations.forEach(r -> out.addAll(r.reasons()));
        out.addAll(upgrade.reasons());
        rounds.forEach(r -> out.addAll(r.reasons()));
        traceability.forEach(t -> out.addAll(t.reasons()));
        return out;
    }
}
