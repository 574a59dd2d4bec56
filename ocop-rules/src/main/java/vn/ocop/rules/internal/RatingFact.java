package vn.ocop.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.Authority;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationKind;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.LocalizedText;
import vn.ocop.core.ProducerType;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.Sector;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.CriteriaSheet.KnockOut;
import vn.ocop.core.rulebook.CriteriaSheet.KnockOutScope;
import vn.ocop.core.rulebook.LoadedRulebook;
import vn.ocop.core.rulebook.LoadedSheet;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebook.CertifyingBody;
import vn.ocop.core.rulebook.Rulebook.DossierSelection;
import vn.ocop.core.rulebook.Rulebook.Forwarding;
import vn.ocop.core.rulebook.Rulebook.MinimumPolicy;
import vn.ocop.core.scoring.Average;
import vn.ocop.core.scoring.CouncilScore;
import vn.ocop.core.scoring.Gap;
import vn.ocop.core.scoring.MissingMinimum;
import vn.ocop.core.scoring.SheetScorer;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RatingOutcome;
import vn.ocop.rules.Reason;

/**
 * One evaluation, as the rating rules see it: the facts (level, knock-outs, the exact average,
 * the band, the starred minimums met, forwarding thresholds, the transition it falls under) are
 * worked out here from the rulebook's data; what they mean legally is decided in
 * {@code rating.drl}, whose consequences call the {@code decide…} methods. The rules read only
 * the getters; the decision fields are written by consequences and read by no condition.
 */
public final class RatingFact implements Explained {
    private Map<String, Object> messageValues;
    private final Evaluation evaluation;
    private final Rulebook rulebook;
    private final Optional<CriteriaSheet> sheet;
    private final boolean levelInPeriod;
    private final boolean producerEligible;
    private final boolean knockedOut;
    private final List<LocalizedText> knockOutTexts = new ArrayList<>();
    private final LegalBasis knockOutBasis;
    private final LegalBasis sheetBasis;
    private final Average average;
    private final int bandStars;
    private final boolean minimumsChecked;
    private final int highestStarWithMinimums;
    private final List<MissingMinimum> missingMinimums;
    private final Optional<CouncilScore> score;
    private final Optional<Forwarding> forwarding;
    private final int forwardingStars;
    private final boolean reachesForwarding;
    private final boolean inFlight;
    private final LocalDate completionDeadline;
    private final LegalBasis inFlightBasis;
    private final boolean decidedLate;
    private final int gapTop;

    // decision, written by consequences
    private RatingOutcome outcome = RatingOutcome.NOT_RATED;
    private Integer stars;
    private boolean certifiable;
    private Authority certifier;
    private EvaluationLevel forwardedTo;
    private Gap gap;
    private final List<Reason> reasons = new ArrayList<>(6);

    /**
     * Works out the facts of an evaluation.
     *
     * @param asOf the date judged (used as the decision date of a pending dossier)
     * @throws InvalidInputException when the evaluation names a knock-out, criterion or option the sheet lacks,
     *                               or gives sheets where the period has none
     */
    public RatingFact(ProductRecord record, Evaluation evaluation, LocalDate asOf, RuleData data, String source,
            int gapTop) {
        this.evaluation = evaluation;
        this.gapTop = gapTop;
        LocalDate when = evaluation.decisionDate().orElse(asOf.isBefore(evaluation.filingDate())
                ? evaluation.filingDate() : asOf);
        LoadedRulebook atDecision = data.rulebooks().forDate(when);
        LoadedRulebook chosen = atDecision;
        while (evaluation.filingDate().isBefore(chosen.rulebook().effectiveFrom())
                && chosen.rulebook().transition().inFlight().selectBy() == DossierSelection.FILING_DATE) {
            Optional<LoadedRulebook> prev = data.rulebooks().previous(chosen.rulebook());
            if (prev.isEmpty()) {
                break;
            }
            chosen = prev.get();
        }
        this.rulebook = chosen.rulebook();
        this.inFlight = chosen != atDecision;
        Rulebook.InFlight rule = atDecision.rulebook().transition().inFlight();
        if (inFlight) {
            int days = evaluation.kind() == EvaluationKind.RE_EVALUATION
                    ? rule.reEvaluationDays().orElse(0) : rule.firstOrUpgradeDays().orElse(0);
            this.completionDeadline = atDecision.rulebook().effectiveFrom().plusDays(days);
            this.decidedLate = evaluation.decisionDate().map(d -> d.isAfter(completionDeadline)).orElse(false);
        } else {
            this.completionDeadline = null;
            this.decidedLate = false;
        }
        this.inFlightBasis = rule.basis();
        // the district level ended with the two-tier reform (districtLevelUntil), even where the rulebook's
        // period runs a few days longer (148 until 5 July 2025)
        this.levelInPeriod = rulebook.levels().containsKey(evaluation.level())
                && !(evaluation.level() == EvaluationLevel.DISTRICT
                        && rulebook.districtLevelUntil().map(when::isAfter).orElse(false));

        ProducerType type = record.producer().type();
        Rulebook.Producers producers = rulebook.certification().producers();
        this.producerEligible = producers.eligible().contains(type)
                || (record.product().productSet().sector() == Sector.TOURISM && producers.tourismOnly().contains(type));

        Optional<LoadedSheet> loaded = data.sheet(rulebook, record.product().productSet());
        this.sheet = loaded.map(LoadedSheet::sheet);
        if (rulebook.hasCriteriaSheets() && sheet.isEmpty()) {
            throw new IllegalStateException("rulebook " + rulebook.id() + " has no criteria sheet for product set "
                    + record.product().productSet().code());
        }
        List<Problem> problems = new ArrayList<>();
        boolean ko = false;
        for (String id : evaluation.knockOuts()) {
            if (sheet.isPresent()) {
                Optional<KnockOut> k = sheet.get().knockOut(id);
                if (k.isEmpty()) {
                    problems.add(new Problem(source, 0, "evaluations[" + evaluation.id() + "].knockOuts",
                            "sheet " + sheet.get().number() + " (" + sheet.get().productSet().code()
                                    + ") has no knock-out '" + id + "'",
                            "knock-outs: " + sheet.get().knockOuts().stream().map(KnockOut::id).toList()));
                } else if (k.get().scope() == KnockOutScope.DOSSIER) {
                    ko = true;
                    knockOutTexts.add(k.get().text());
                }
            } else {
                ko = true;
                knockOutTexts.add(LocalizedText.of(id, id));
            }
        }
        if (evaluation.scoredBySheets() && sheet.isEmpty()) {
            problems.add(new Problem(source, 0, "evaluations[" + evaluation.id() + "].sheets",
                    "rulebook " + rulebook.id() + " has no criteria sheets in the library: give memberTotals instead"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.knockedOut = ko;
        this.sheetBasis = sheet.map(data::sheetBasis).orElse(rulebook.scoring().basis());
        this.knockOutBasis = sheet.map(data::knockOutBasis)
                .or(() -> rulebook.scoring().knockOutBasis()).orElse(rulebook.scoring().basis());

        if (evaluation.unscored()) {
            this.average = null;
            this.bandStars = 0;
            this.score = Optional.empty();
            this.minimumsChecked = false;
            this.highestStarWithMinimums = 0;
            this.missingMinimums = List.of();
        } else if (evaluation.scoredBySheets()) {
            CouncilScore cs = SheetScorer.score(sheet.get(), evaluation, source);
            this.score = Optional.of(cs);
            this.average = cs.average();
            this.bandStars = data.bands(rulebook).starsFor(average);
            this.minimumsChecked = true;
            this.highestStarWithMinimums = SheetScorer.highestStarWithMinimumsMet(sheet.get(), cs,
                    rulebook.scoring().minimumConsensus());
            this.missingMinimums = bandStars >= 3 ? SheetScorer.missingMinimums(sheet.get(), cs, bandStars,
                    rulebook.scoring().minimumConsensus()) : List.of();
        } else {
            this.score = Optional.empty();
            this.average = Average.of(evaluation.memberTotals());
            this.bandStars = data.bands(rulebook).starsFor(average);
            this.minimumsChecked = evaluation.minimumsMet().isPresent();
            int h = 0;
            if (minimumsChecked) {
                for (int s = 3; s <= 5 && evaluation.minimumsMet().get().contains(s); s++) {
                    h = s;
                }
            }
            this.highestStarWithMinimums = h;
            this.missingMinimums = List.of();
        }

        Forwarding f = null;
        for (Forwarding fw : rulebook.certification().forwarding()) {
            if (fw.from() == evaluation.level()) {
                f = fw;
            }
        }
        this.forwarding = Optional.ofNullable(f);
        this.forwardingStars = f == null ? 6 : data.bands(rulebook).starsFor(Average.of(f.minimumAverage()));
        this.reachesForwarding = f != null && average != null && average.atLeast(f.minimumAverage());
    }

    // ------------------------------------------------------------------ facts read by the rules

    public String getEvaluationId() {
        return evaluation.id();
    }

    public EvaluationLevel getLevel() {
        return evaluation.level();
    }

    public EvaluationKind getKind() {
        return evaluation.kind();
    }

    /** The level exists in the period (district councils do not after 1 July 2025). */
    public boolean isLevelInPeriod() {
        return levelInPeriod;
    }

    /** The provision that sets up the evaluation levels of the period. */
    public LegalBasis getLevelBasis() {
        LegalBasis b = rulebook.levels().get(evaluation.level());
        return b != null ? b : rulebook.certification().basis();
    }

    /** The level scores and rates (every level but the commune's pre-assessment). */
    public boolean isRatingLevel() {
        return levelInPeriod && (evaluation.level() != EvaluationLevel.COMMUNE
                || evaluation.kind() == EvaluationKind.SELF_ASSESSMENT);
    }

    /** The last day district councils existed, when the period has one. */
    public LocalDate getDistrictLevelUntil() {
        return rulebook.districtLevelUntil().orElse(null);
    }

    public boolean isSelfAssessment() {
        return evaluation.kind() == EvaluationKind.SELF_ASSESSMENT;
    }

    public boolean isProducerEligible() {
        return producerEligible;
    }

    public LegalBasis getProducersBasis() {
        return rulebook.certification().producers().basis();
    }

    public boolean isPending() {
        return average == null;
    }

    public boolean isKnockedOut() {
        return knockedOut;
    }

    public List<LocalizedText> getKnockOuts() {
        return knockOutTexts;
    }

    public LegalBasis getKnockOutBasis() {
        return knockOutBasis;
    }

    /** The council's exact average; null while pending. */
    public Average getAverage() {
        return average;
    }

    /** The average as a display string. */
    public String getAverageText() {
        return average == null ? "—" : average.toString();
    }

    /** The band the average falls in, 1 to 5 (0 when pending). */
    public int getBandStars() {
        return bandStars;
    }

    public LegalBasis getBandBasis() {
        return rulebook.scoring().basis();
    }

    /** The period has criteria sheets in the library. */
    public boolean isSheetPeriod() {
        return rulebook.hasCriteriaSheets();
    }

    public boolean isScoredBySheets() {
        return evaluation.scoredBySheets();
    }

    /** Starred minimums could be checked: sheets were given, or the council confirmed which were met. */
    public boolean isMinimumsChecked() {
        return minimumsChecked;
    }

    /** Why the rating rests on the average alone. */
    public LocalizedText getAverageOnlyWhy() {
        if (!rulebook.hasCriteriaSheets()) {
            return NO_SHEETS.computeIfAbsent(rulebook.decision(), d -> LocalizedText.of(
                    "bộ tiêu chí của " + d + " không có trong thư viện", "the library has no criteria sheets for " + d));
        }
        return TOTALS_ONLY;
    }

    private static final java.util.Map<String, LocalizedText> NO_SHEETS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final LocalizedText TOTALS_ONLY = LocalizedText.of(
            "hồ sơ chỉ có tổng điểm, không có phiếu chấm hoặc xác nhận yêu cầu tối thiểu",
            "the evaluation gives totals only, without sheets or a confirmation of the starred minimums");

    /** The highest star (3 to 5) whose starred minimums are all met; 0 when even the 3★ ones are not. */
    public int getHighestStarWithMinimums() {
        return highestStarWithMinimums;
    }

    /** The star awarded under the HIGHEST_STAR_MET policy when a minimum of the band is missing. */
    public int getStarsWithinMinimums() {
        return highestStarWithMinimums == 0 ? Math.min(2, bandStars) : Math.min(highestStarWithMinimums, bandStars);
    }

    /** The starred minimums of the band's star that are not met, as text. */
    public String getMissingMinimumsText() {
        if (missingMinimums.isEmpty()) {
            if (!minimumsChecked || evaluation.minimumsMet().isEmpty()) {
                return "—";
            }
            List<String> out = new ArrayList<>();
            for (int s = 3; s <= bandStars; s++) {
                if (!evaluation.minimumsMet().get().contains(s)) {
                    out.add(s + "★");
                }
            }
            return String.join(", ", out);
        }
        StringBuilder sb = new StringBuilder();
        for (MissingMinimum m : missingMinimums) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(m.reference()).append(' ').append(m.option().vi());
        }
        return sb.toString();
    }

    public MinimumPolicy getMinimumPolicy() {
        return rulebook.scoring().minimumPolicy();
    }

    public LegalBasis getMinimumBasis() {
        return rulebook.scoring().minimumBasis().orElse(rulebook.scoring().basis());
    }

    /** The lowest star certified (3). */
    public int getMinimumCertifiedStars() {
        return rulebook.certification().minimumStars();
    }

    public LegalBasis getCertificationBasis() {
        return rulebook.certification().basis();
    }

    /** The level this level forwards to when the average reaches the forwarding threshold. */
    public EvaluationLevel getForwardLevel() {
        return forwarding.map(Forwarding::to).orElse(null);
    }

    public BigDecimal getForwardThreshold() {
        return forwarding.map(Forwarding::minimumAverage).orElse(null);
    }

    public LegalBasis getForwardBasis() {
        return forwarding.map(Forwarding::basis).orElse(rulebook.certification().basis());
    }

    /** The average reaches this level's forwarding threshold. */
    public boolean isReachesForwarding() {
        return reachesForwarding;
    }

    /** The star whose band starts at the forwarding threshold (5 for 90, 4 for 70). */
    public int getForwardingStars() {
        return forwardingStars;
    }

    public boolean isCentralLevel() {
        return evaluation.level() == EvaluationLevel.CENTRAL;
    }

    public LegalBasis getCentralFallbackBasis() {
        return rulebook.certification().centralFallback().orElse(rulebook.certification().basis());
    }

    public boolean isInFlight() {
        return inFlight;
    }

    public LocalDate getCompletionDeadline() {
        return completionDeadline;
    }

    public LegalBasis getInFlightBasis() {
        return inFlightBasis;
    }

    public boolean isDecidedLate() {
        return decidedLate;
    }

    public String getRulebookId() {
        return rulebook.id();
    }

    public String getDecision() {
        return rulebook.decision();
    }

    /** Who certifies {@code stars} under the period. */
    public CertifyingBody certifier(int stars) {
        return rulebook.certification().byStars().get(stars);
    }

    /** Options chosen whose printed points are a recorded misprint (scored at the points the sheet applies). */
    public boolean isMisprintsApplied() {
        return score.map(cs -> !cs.corrections().isEmpty()).orElse(false);
    }

    /** The misprints applied, as text. */
    public String getMisprintsText() {
        StringBuilder sb = new StringBuilder();
        score.ifPresent(cs -> cs.corrections().forEach(c -> sb.append(sb.length() == 0 ? "" : "; ")
                .append(c.criterionId()).append('.').append(c.optionId()).append(": ").append(c.printed())
                .append(" → ").append(c.applied()).append(" (line ").append(c.line()).append(')')));
        return sb.toString();
    }

    /** The sheet's citation when the evaluation was scored on it option by option; empty otherwise. */
    public Optional<LegalBasis> getScoredSheetBasis() {
        return evaluation.scoredBySheets() ? Optional.of(getSheetBasis()) : Optional.empty();
    }

    /** The sheet's own citation (Phụ lục II, bộ sản phẩm N). */
    public LegalBasis getSheetBasis() {
        return sheetBasis;
    }

    public Optional<CriteriaSheet> sheet() {
        return sheet;
    }

    public Optional<CouncilScore> score() {
        return score;
    }

    /** The gap to the star after {@code stars}, when scored by sheets and below 5★. */
    public Gap gapAfter(int stars) {
        if (score.isEmpty() || stars >= 5) {
            return null;
        }
        return SheetScorer.gap(sheet.get(), score.get(), rulebook, Math.max(stars + 1, 2), gapTop);
    }

    // ------------------------------------------------------------------ decisions, called by consequences

    public void decideNotRated() {
        outcome = RatingOutcome.NOT_RATED;
    }

    public void decidePending() {
        outcome = RatingOutcome.PENDING;
    }

    public void decideRejected() {
        outcome = RatingOutcome.REJECTED;
        stars = null;
    }

    public void decideNotAchieved() {
        outcome = RatingOutcome.NOT_ACHIEVED;
        stars = null;
    }

    public void decideStars(int s) {
        outcome = RatingOutcome.RATED;
        stars = s;
    }

    public void decideCertifiable(Authority authority) {
        certifiable = true;
        certifier = authority;
    }

    public void decideForwarded(EvaluationLevel to) {
        outcome = RatingOutcome.FORWARDED;
        stars = null;
        forwardedTo = to;
        certifiable = false;
        certifier = null;
    }

    public void decideGap(Gap g) {
        gap = g;
    }

    // ------------------------------------------------------------------ Explained

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
        Map<String, Object> m = messageValues;
        if (m == null) {
            m = Map.of("evaluation", evaluation.id(), "decision", rulebook.decision(), "level", evaluation.level());
            messageValues = m;
        }
        return m;
    }

    /** The decision, once the rules have fired. */
    public RatingDecision toDecision() {
        return new RatingDecision(evaluation.id(), rulebook.id(), evaluation.level(), outcome,
                Optional.ofNullable(stars), bandStars, Optional.ofNullable(average), evaluation.scoredBySheets(),
                certifiable, Optional.ofNullable(certifier), Optional.ofNullable(forwardedTo), missingMinimums,
                Optional.ofNullable(gap), Optional.ofNullable(completionDeadline), score, reasons);
    }
}
