package vn.ocop.core;

import java.time.LocalDate;

/**
 * A province's yearly OCOP plan targets (kế hoạch), against which reports show progress. For
 * example Quảng Ngãi's Kế hoạch 69/KH-UBND (2024): 70 new 3–5★ products, of which 4–6 four-star,
 * and 1–2 potential five-star candidates.
 *
 * @param reference          the plan's document reference
 * @param from               first day the plan counts
 * @param to                 last day the plan counts
 * @param newCertified       target number of newly certified 3–5★ products
 * @param newFourStarMin     lower target for new 4★ products
 * @param newFourStarMax     upper target for new 4★ products
 * @param fiveStarCandidatesMin lower target for products forwarded as potential 5★
 * @param fiveStarCandidatesMax upper target for products forwarded as potential 5★
 */
public record Plan(String reference, LocalDate from, LocalDate to, int newCertified, int newFourStarMin,
        int newFourStarMax, int fiveStarCandidatesMin, int fiveStarCandidatesMax) {

    public Plan {
        Check.notBlank(reference, "plan.reference");
        Check.notNull(from, "plan.from");
        Check.notNull(to, "plan.to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("plan.to must not be before plan.from " + from + ", but was " + to);
        }
        Check.atLeast(newCertified, 0, "plan.newCertified");
        Check.atLeast(newFourStarMin, 0, "plan.newFourStarMin");
        Check.atLeast(newFourStarMax, newFourStarMin, "plan.newFourStarMax");
        Check.atLeast(fiveStarCandidatesMin, 0, "plan.fiveStarCandidatesMin");
        Check.atLeast(fiveStarCandidatesMax, fiveStarCandidatesMin, "plan.fiveStarCandidatesMax");
    }
}
