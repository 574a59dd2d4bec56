package vn.ocop.rules.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import vn.ocop.core.Authority;
import vn.ocop.core.ProducerType;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.LifecycleState;
import vn.ocop.rules.RevocationGround;
import vn.ocop.rules.UpgradePath;

/**
 * The summary provincial offices write about their OCOP portfolio (the figures of their
 * reports), computed from the rules' assessments: products in term by star, by producer type and
 * by locality, e-commerce, what expires and who must act, what is due for re-evaluation, what to
 * revoke, what to upgrade, and progress against the year's plan.
 *
 * <p>"In term" means a certificate that stands on the as-of date: {@link LifecycleState#VALID} or
 * {@link LifecycleState#IN_GRACE}.
 *
 * @param portfolio        the portfolio's name
 * @param asOf             the date
 * @param ruleBase         the rule base fingerprint and generation, e.g. {@code 3f2a9c1b07d4 (generation 1)}
 * @param productsInTerm   products with a certificate in term
 * @param byStars          stars → products in term
 * @param producersInTerm  producers with at least one product in term
 * @param byProducerGroup  the report groups (enterprises, cooperatives, households…) → producers and products
 * @param byProducerType   producer type → producers and products
 * @param byLocality       locality (district before the 2025 reform, commune after) → products by star
 * @param onEcommerce      products in term listed on e-commerce
 * @param expiring         certificates in term whose expiry date falls in the next {@code expiringDays}, by expiry
 *                         date, then product code
 * @param expiringDays     the horizon for {@code expiring}
 * @param expiriesByMonth  month → certificates valid on the as-of date that expire that month, for each of the next
 *                         24 months (0 when none)
 * @param reEvaluationDue  certificates whose re-evaluation is due now (window open, notice due, filed, in grace), by
 *                         product code
 * @param revocations      revocation proposals, by deadline, then product code
 * @param upgrades         upgrade candidates, by product code
 * @param plan             progress against the plan, when the portfolio has one
 * @param notes            what a reader should know about the figures (e.g. findings that no national ground covers)
 * @param schedule         programme-level actions due: the next evaluation rounds, reports a provincial rule set
 *                         requires (earliest first); each names its legal basis ({@link
 *                         vn.ocop.rules.OcopRules#assessProgramme} gives the reasons)
 * @param cnnttb           rural industrial product awards (CNNTTB) by level, when the portfolio holds any
 * @param salesPoints      OCOP sales points, when the portfolio holds any
 * @param traceability     certificates whose traceability codes a provincial rule set flags
 */
public record PortfolioReport(String portfolio, LocalDate asOf, String ruleBase, int productsInTerm,
        SortedMap<Integer, Integer> byStars, int producersInTerm, Map<ProducerType.ReportGroup, GroupCount> byProducerGroup,
        Map<ProducerType, GroupCount> byProducerType, SortedMap<String, LocalityCount> byLocality, int onEcommerce,
        List<Expiring> expiring, int expiringDays, SortedMap<YearMonth, Integer> expiriesByMonth,
        List<ReEvaluation> reEvaluationDue, List<Revocation> revocations, List<UpgradeCandidate> upgrades,
        Optional<PlanProgress> plan, List<String> notes, List<vn.ocop.rules.DueAction> schedule,
        Optional<CnnttbCount> cnnttb, Optional<SalesPointCount> salesPoints, List<TraceabilityIssue> traceability) {

    public PortfolioReport {
        schedule = schedule == null ? List.of() : ImmutableList.copyOf(schedule);
        cnnttb = cnnttb == null ? Optional.empty() : cnnttb;
        salesPoints = salesPoints == null ? Optional.empty() : salesPoints;
        traceability = traceability == null ? List.of() : ImmutableList.copyOf(traceability);
        byStars = ImmutableSortedMap.copyOf(byStars);
        byLocality = ImmutableSortedMap.copyOf(byLocality);
        expiriesByMonth = ImmutableSortedMap.copyOf(expiriesByMonth);
        expiring = ImmutableList.copyOf(expiring);
        reEvaluationDue = ImmutableList.copyOf(reEvaluationDue);
        revocations = ImmutableList.copyOf(revocations);
        upgrades = ImmutableList.copyOf(upgrades);
        notes = ImmutableList.copyOf(notes);
    }

    /**
     * Producers and products of a group.
     *
     * @param producers producers with at least one product in term
     * @param products  their products in term
     */
    public record GroupCount(int producers, int products) {
    }

    /**
     * A locality's products in term.
     *
     * @param name    the locality's name
     * @param byStars stars → products
     * @param total   products in term
     */
    public record LocalityCount(String name, SortedMap<Integer, Integer> byStars, int total) {
        public LocalityCount {
            byStars = ImmutableSortedMap.copyOf(byStars);
        }
    }

    /**
     * A certificate expiring soon.
     *
     * @param productCode the product
     * @param productName its name
     * @param certificate the certificate number
     * @param stars       its stars
     * @param expiryDate  the first day it is no longer valid
     * @param daysLeft    days to that date
     * @param actions     what is due, by whom, by when
     */
    public record Expiring(String productCode, String productName, String certificate, int stars,
            LocalDate expiryDate, long daysLeft, List<DueAction> actions) {
        public Expiring {
            actions = ImmutableList.copyOf(actions);
        }
    }

    /**
     * A certificate whose re-evaluation is due.
     *
     * @param productCode the product
     * @param productName its name
     * @param certificate the certificate number
     * @param stars       its stars
     * @param state       VALID or IN_GRACE
     * @param why         why it is due, in plain words (e.g. "filing window open until 2026-04-17")
     * @param actions     what is due
     */
    public record ReEvaluation(String productCode, String productName, String certificate, int stars,
            LifecycleState state, String why, List<DueAction> actions) {
        public ReEvaluation {
            actions = ImmutableList.copyOf(actions);
        }
    }

    /**
     * A revocation proposal.
     *
     * @param productCode the product
     * @param productName its name
     * @param certificate the certificate
     * @param ground      the legal ground
     * @param authority   who decides
     * @param deadline    by when, when the period sets a limit
     * @param citation    the citation of the ground
     */
    public record Revocation(String productCode, String productName, Optional<String> certificate,
            RevocationGround ground, Optional<Authority> authority, Optional<LocalDate> deadline, String citation) {
    }

    /**
     * An upgrade candidate: a product whose certificate stands, that may apply for the next star,
     * and has something pointing that way (a pending upgrade dossier, a score above its star, a
     * forwarding as potential 5★).
     *
     * @param productCode the product
     * @param productName its name
     * @param current     its stars
     * @param target      the next star
     * @param path        the route
     * @param evidence    what points that way
     * @param gap         what is missing, in plain words, when known
     */
    public record UpgradeCandidate(String productCode, String productName, int current, int target,
            UpgradePath path, String evidence, Optional<String> gap) {
    }

    /**
     * Progress against the plan: what was achieved in the plan's period up to the as-of date.
     *
     * @param reference              the plan
     * @param newCertified           products certified for the first time in the period (3–5★)
     * @param newCertifiedTarget     the target
     * @param newFourStar            4★ certificates issued in the period (first or upgrade)
     * @param newFourStarMin         lower target
     * @param newFourStarMax         upper target
     * @param fiveStarCandidates     products forwarded as potential 5★ in the period
     * @param fiveStarCandidatesMin  lower target
     * @param fiveStarCandidatesMax  upper target
     */
    public record PlanProgress(String reference, int newCertified, int newCertifiedTarget, int newFourStar,
            int newFourStarMin, int newFourStarMax, int fiveStarCandidates, int fiveStarCandidatesMin,
            int fiveStarCandidatesMax) {
    }

    /**
     * Rural industrial product awards (CNNTTB) by level, as seed 004 counts them.
     *
     * @param recognised awards issued on or before the date, by level
     * @param valid      of those, the ones valid on the date
     * @param unsupported regional and national awards whose lower-level award was not recorded or had lapsed
     * @param citation   where the term comes from
     */
    public record CnnttbCount(java.util.SortedMap<vn.ocop.core.CnnttbLevel, Integer> recognised,
            java.util.SortedMap<vn.ocop.core.CnnttbLevel, Integer> valid, List<String> unsupported, String citation) {
        public CnnttbCount {
            recognised = ImmutableSortedMap.copyOf(recognised);
            valid = ImmutableSortedMap.copyOf(valid);
            unsupported = ImmutableList.copyOf(unsupported);
        }

        /** All awards recognised. */
        public int totalRecognised() {
            return recognised.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** All awards valid. */
        public int totalValid() {
            return valid.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * OCOP sales points open on the date, as the seeds count them, and the products on their shelves that no longer
     * qualify.
     *
     * @param open        sales points open on the date
     * @param byFunding   of those, by funding (state-supported, private)
     * @param supporters  state-supported points by who supported them (e.g. "Bộ Công Thương"); unnamed support is
     *                    counted under ""
     * @param byCategory  by kind of place
     * @param flagged     products on a shelf that do not qualify on the date
     * @param citation    the criteria
     */
    public record SalesPointCount(int open, java.util.SortedMap<vn.ocop.core.SalesPointFunding, Integer> byFunding,
            java.util.SortedMap<String, Integer> supporters,
            java.util.SortedMap<vn.ocop.core.SalesPointCategory, Integer> byCategory, List<ShelfFlag> flagged,
            String citation) {
        public SalesPointCount {
            byFunding = ImmutableSortedMap.copyOf(byFunding);
            supporters = ImmutableSortedMap.copyOf(supporters);
            byCategory = ImmutableSortedMap.copyOf(byCategory);
            flagged = ImmutableList.copyOf(flagged);
        }
    }

    /**
     * A product on a sales point's shelf that does not qualify on the date.
     *
     * @param salesPoint  the sales point's id
     * @param pointName   its name
     * @param item        the product as shelved
     * @param productCode the OCOP product, when shelved as OCOP
     * @param problem     why
     * @param citation    the rule's citation
     */
    public record ShelfFlag(String salesPoint, String pointName, String item, Optional<String> productCode,
            vn.ocop.rules.ShelfProblem problem, String citation) {
    }

    /**
     * A certificate whose traceability code a provincial rule set flags.
     *
     * @param productCode          the product
     * @param productName          its name
     * @param certificate          the certificate
     * @param kind                 barcode or QR code
     * @param problem              what is wrong
     * @param codeValidUntil       the code's last valid day, when it has one
     * @param certificateValidUntil the certificate's last valid day
     * @param citation             the rule's citation
     */
    public record TraceabilityIssue(String productCode, String productName, String certificate,
            vn.ocop.core.TraceabilityKind kind, vn.ocop.rules.TraceabilityProblem problem,
            Optional<LocalDate> codeValidUntil, LocalDate certificateValidUntil, String citation) {
    }
}
