package vn.ocop.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.FindingKind;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.rulebook.Rulebook.MinimumPolicy;
import vn.ocop.core.rulebook.Rulebook.RevokingRule;
import vn.ocop.core.scoring.Gap;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.LifecycleState;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.Party;
import vn.ocop.rules.RevocationGround;
import vn.ocop.rules.RuleBaseInfo;
import vn.ocop.rules.UpgradePath;
import vn.ocop.rules.WindowState;
import vn.ocop.rules.internal.CertificateFact;
import vn.ocop.rules.internal.FindingFact;
import vn.ocop.rules.internal.ProductCase;
import vn.ocop.rules.internal.RatingFact;
import vn.ocop.rules.internal.RevocationCase;
import vn.ocop.rules.internal.RevocationProposal;
import vn.ocop.rules.internal.RuleBaseFactory;
import vn.ocop.rules.internal.RuleData;
import vn.ocop.rules.internal.RuleSources;
import vn.ocop.rules.internal.StarAward;
import vn.ocop.rules.internal.UpgradeFact;

/**
 * A plain-Java baseline of the DRL rules, for measuring what the rules engine costs: it makes
 * exactly the decisions the rule base makes, without Drools.
 *
 * <p>It builds the same facts ({@link ProductCase}: every date and data look-up happens in the
 * facts' constructors), then evaluates every rule's condition in Java against the facts' getters,
 * one {@code if} per rule in the order of the DRL files, calls the same {@code decide…} methods the
 * consequences call, creates the same inferred {@link StarAward} and {@link RevocationProposal}
 * facts and applies the rules that act on them, and records each firing as the same
 * {@link vn.ocop.rules.Reason} the rule base's listener makes (see {@link PlainRule}). Then it
 * gathers the {@link Assessment} with {@link ProductCase#toAssessment}.
 *
 * <p>Every rule of the DRL files must be mirrored here: the constructor fails when the rule base
 * has a rule this class does not know. The rules are single-pattern rules with no salience and no
 * {@code modify}, so each fact can be taken on its own, and rules act in the order Drools fires
 * them (declaration order); the rules that act on inferred facts run after the rules of their file
 * that insert them.
 *
 * <p>Only the built-in rule files are supported (no rules directory, no rulebook overrides); the
 * optional rule sets switched on are taken from {@code rules.info()}. The gap size
 * ({@code OcopRules.Builder.gapCriteria}) cannot be read from an {@link OcopRules}: pass it when it
 * is not the default 3. Safe to share between threads: assessing keeps no state in this object.
 */
public final class PlainJavaAssessor {
    /** The default of {@code OcopRules.Builder.gapCriteria}. */
    public static final int DEFAULT_GAP_CRITERIA = 3;

    private final RuleData data;
    private final RuleBaseInfo info;
    private final int gapTop;

    // rating.drl
    private final PlainRule ratLevel;
    private final PlainRule ratCommune;
    private final PlainRule ratProducer;
    private final PlainRule ratInflight;
    private final PlainRule ratInflightLate;
    private final PlainRule ratPending;
    private final PlainRule ratKnockout;
    private final PlainRule ratMisprint;
    private final PlainRule ratBandOnly;
    private final PlainRule ratBand;
    private final PlainRule ratMinimumLower;
    private final PlainRule ratMinimumFail;
    private final PlainRule ratNotCertified;
    private final PlainRule ratSelf;
    private final PlainRule ratCertify;
    private final PlainRule ratCertifyAtLevel;
    private final PlainRule ratForward;
    private final PlainRule ratCentral;
    private final PlainRule ratCentralFallback;
    private final PlainRule ratGap;
    // lifecycle.drl
    private final PlainRule lifNotYet;
    private final PlainRule lifRevoked;
    private final PlainRule lifSuperseded;
    private final PlainRule lifValid;
    private final PlainRule lifTermKept;
    private final PlainRule lifExpired;
    private final PlainRule lifGrace;
    private final PlainRule lifGraceEnded;
    private final PlainRule lifWindowBefore;
    private final PlainRule lifWindowOpen;
    private final PlainRule lifWindowClosed;
    private final PlainRule lifWindowTransition;
    private final PlainRule lifFiled;
    private final PlainRule lifFiledInflight;
    private final PlainRule lifReevaluated;
    private final PlainRule lifFiledEarly;
    private final PlainRule lifFiledLate;
    private final PlainRule lifFiled148;
    private final PlainRule lifNotice;
    private final PlainRule lifNoticeDue;
    private final PlainRule lifNoticeSent;
    private final PlainRule lifAuthority;
    private final PlainRule lifAuthorityIssuer;
    private final PlainRule lifAuthorityDistrict;
    // revocation.drl
    private final PlainRule revNoCertificate;
    private final PlainRule revNoGrounds;
    private final PlainRule revA;
    private final PlainRule revB;
    private final PlainRule revC;
    private final PlainRule revD;
    private final PlainRule revDd;
    private final PlainRule revSuspended;
    private final PlainRule revE;
    private final PlainRule revUnlawfulEvaluation;
    private final PlainRule revAuthority;
    private final PlainRule revAuthorityIssuer;
    private final PlainRule revAuthorityDistrict;
    private final PlainRule revDeadline;
    // revocation-practice-148.drl
    private final PlainRule praProcess;
    private final PlainRule praChanged;
    private final PlainRule praRecords;
    private final PlainRule praSuspended;
    private final PlainRule praFailedMinimums;
    private final PlainRule praStandards;
    private final PlainRule praExpired;
    // upgrade.drl
    private final PlainRule upgNoCertificate;
    private final PlainRule upgTop;
    private final PlainRule upgProducer;
    private final PlainRule upgHolding;
    private final PlainRule upgTo4;
    private final PlainRule upgTo4District;
    private final PlainRule upgTo5;
    private final PlainRule upgGap;
    private final Set<String> mirrored;

    /** A baseline of {@code rules}, with the default gap size. */
    public PlainJavaAssessor(OcopRules rules) {
        this(rules, DEFAULT_GAP_CRITERIA);
    }

    /**
     * A baseline of {@code rules}.
     *
     * @param gapCriteria the {@code gapCriteria} {@code rules} was built with
     * @throws IllegalArgumentException when {@code rules} was built from a rules directory, or has rules this
     *                                  baseline does not mirror
     */
    public PlainJavaAssessor(OcopRules rules, int gapCriteria) {
        Objects.requireNonNull(rules, "rules");
        this.info = rules.info();
        this.gapTop = gapCriteria;
        if (!"built-in".equals(info.origin())) {
            throw new IllegalArgumentException("the plain-Java baseline mirrors the built-in rules only, but the rule "
                    + "base was built from " + info.origin());
        }
        RuleSources sources = RuleSources.builtIn();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        this.data = RuleBaseFactory.loadData(sources, info.ruleSets(), java.util.Map.of(), problems);
        if (!problems.isEmpty() || data == null) {
            throw new IllegalStateException("cannot load the rule data: " + problems);
        }
        PlainRuleCatalog m = PlainRuleCatalog.parse(sources.drl());

        // rating.drl
        ratLevel = m.rule("RAT-LEVEL", "$r", "$basis");
        ratCommune = m.rule("RAT-COMMUNE", "$r", "$basis");
        ratProducer = m.rule("RAT-PRODUCER", "$r", "$basis");
        ratInflight = m.rule("RAT-INFLIGHT", "$r", "$deadline", "$basis");
        ratInflightLate = m.rule("RAT-INFLIGHT-LATE", "$r", "$deadline", "$basis");
        ratPending = m.rule("RAT-PENDING", "$r", "$basis");
        ratKnockout = m.rule("RAT-KNOCKOUT", "$r", "$knockOuts", "$basis");
        ratMisprint = m.rule("RAT-MISPRINT", "$r", "$misprints", "$basis");
        ratBandOnly = m.rule("RAT-BAND-ONLY", "$r", "$stars", "$average", "$why", "$basis");
        ratBand = m.rule("RAT-BAND", "$r", "$stars", "$average", "$basis", "$sheet", "$minimumBasis");
        ratMinimumLower = m.rule("RAT-MINIMUM-LOWER", "$r", "$band", "$stars", "$missing", "$average", "$basis",
                "$sheet", "$minimumBasis");
        ratMinimumFail = m.rule("RAT-MINIMUM-FAIL", "$r", "$band", "$missing", "$average", "$sheet",
                "$minimumBasis");
        ratNotCertified = m.rule("RAT-NOT-CERTIFIED", "$a", "$stars", "$basis");
        ratSelf = m.rule("RAT-SELF", "$a", "$stars", "$basis");
        ratCertify = m.rule("RAT-CERTIFY", "$a", "$r", "$stars", "$authority", "$basis");
        ratCertifyAtLevel = m.rule("RAT-CERTIFY-AT-LEVEL", "$a", "$r", "$stars", "$authority", "$named", "$basis",
                "$levelBasis");
        ratForward = m.rule("RAT-FORWARD", "$a", "$r", "$to", "$threshold", "$average", "$basis");
        ratCentral = m.rule("RAT-CENTRAL", "$a", "$r", "$authority", "$basis");
        ratCentralFallback = m.rule("RAT-CENTRAL-FALLBACK", "$a", "$r", "$stars", "$basis");
        ratGap = m.rule("RAT-GAP", "$a", "$r", "$gap", "$next", "$basis");
        // lifecycle.drl
        lifNotYet = m.rule("LIF-NOT-YET", "$c", "$issued", "$basis");
        lifRevoked = m.rule("LIF-REVOKED", "$c", "$on", "$mark");
        lifSuperseded = m.rule("LIF-SUPERSEDED", "$c", "$by", "$basis");
        lifValid = m.rule("LIF-VALID", "$c", "$months", "$issued", "$last", "$days", "$basis");
        lifTermKept = m.rule("LIF-TERM-KEPT", "$c", "$under", "$basis");
        lifExpired = m.rule("LIF-EXPIRED", "$c", "$expiry", "$stop", "$basis", "$mark");
        lifGrace = m.rule("LIF-GRACE", "$c", "$expiry", "$filed", "$last", "$basis", "$authority");
        lifGraceEnded = m.rule("LIF-GRACE-ENDED", "$c", "$days", "$expiry", "$last", "$basis", "$mark");
        lifWindowBefore = m.rule("LIF-WINDOW-BEFORE", "$c", "$earliest", "$latest", "$opens", "$closes", "$basis");
        lifWindowOpen = m.rule("LIF-WINDOW-OPEN", "$c", "$opens", "$closes", "$basis");
        lifWindowClosed = m.rule("LIF-WINDOW-CLOSED", "$c", "$closes", "$expiry", "$basis");
        lifWindowTransition = m.rule("LIF-WINDOW-TRANSITION", "$c", "$expiry", "$days", "$decision", "$basis");
        lifFiled = m.rule("LIF-FILED", "$c", "$filed", "$days", "$basis", "$authority");
        lifFiledInflight = m.rule("LIF-FILED-INFLIGHT", "$c", "$filed", "$by", "$decision", "$basis", "$authority");
        lifReevaluated = m.rule("LIF-REEVALUATED", "$c", "$on", "$expiry", "$basis");
        lifFiledEarly = m.rule("LIF-FILED-EARLY", "$c", "$filed", "$opens", "$closes", "$basis");
        lifFiledLate = m.rule("LIF-FILED-LATE", "$c", "$filed", "$closes", "$basis");
        lifFiled148 = m.rule("LIF-FILED-148", "$c", "$filed", "$authority", "$basis");
        lifNotice = m.rule("LIF-NOTICE", "$c", "$days", "$by", "$basis", "$issuer");
        lifNoticeDue = m.rule("LIF-NOTICE-DUE", "$c", "$by", "$basis", "$issuer");
        lifNoticeSent = m.rule("LIF-NOTICE-SENT", "$c", "$expiry", "$basis");
        lifAuthority = m.rule("LIF-AUTHORITY", "$c", "$authority", "$basis");
        lifAuthorityIssuer = m.rule("LIF-AUTHORITY-ISSUER", "$c", "$authority", "$basis");
        lifAuthorityDistrict = m.rule("LIF-AUTHORITY-DISTRICT", "$c", "$basis");
        // revocation.drl
        revNoCertificate = m.rule("REV-NO-CERTIFICATE", "$f", "$date", "$basis");
        revNoGrounds = m.rule("REV-NO-GROUNDS", "$f", "$basis");
        revA = m.rule("REV-A", "$f");
        revB = m.rule("REV-B", "$f");
        revC = m.rule("REV-C", "$f");
        revD = m.rule("REV-D", "$f");
        revDd = m.rule("REV-DD", "$f");
        revSuspended = m.rule("REV-SUSPENDED", "$f");
        revE = m.rule("REV-E", "$f");
        revUnlawfulEvaluation = m.rule("REV-UNLAWFUL-EVALUATION", "$f");
        revAuthority = m.rule("REV-AUTHORITY", "$p", "$c", "$authority", "$basis");
        revAuthorityIssuer = m.rule("REV-AUTHORITY-ISSUER", "$p", "$c", "$authority", "$basis");
        revAuthorityDistrict = m.rule("REV-AUTHORITY-DISTRICT", "$p", "$c", "$basis", "$kept");
        revDeadline = m.rule("REV-DEADLINE", "$p", "$f", "$days", "$deadline", "$basis");
        // revocation-practice-148.drl
        praProcess = m.rule("PRA-PROCESS", "$f");
        praChanged = m.rule("PRA-CHANGED", "$f");
        praRecords = m.rule("PRA-RECORDS", "$f");
        praSuspended = m.rule("PRA-SUSPENDED", "$f");
        praFailedMinimums = m.rule("PRA-FAILED-MINIMUMS", "$f");
        praStandards = m.rule("PRA-STANDARDS", "$f");
        praExpired = m.rule("PRA-EXPIRED", "$c", "$expiry");
        // upgrade.drl
        upgNoCertificate = m.rule("UPG-NO-CERTIFICATE", "$u", "$basis");
        upgTop = m.rule("UPG-TOP", "$u", "$basis");
        upgProducer = m.rule("UPG-PRODUCER", "$u", "$type", "$basis");
        upgHolding = m.rule("UPG-HOLDING", "$u", "$held", "$months", "$basis");
        upgTo4 = m.rule("UPG-TO-4", "$u", "$threshold", "$basis");
        upgTo4District = m.rule("UPG-TO-4-DISTRICT", "$u", "$threshold", "$basis");
        upgTo5 = m.rule("UPG-TO-5", "$u", "$threshold", "$basis", "$central", "$fallback");
        upgGap = m.rule("UPG-GAP", "$u", "$gap", "$next", "$basis");

        Set<String> mirrored = new TreeSet<>(m.requested());
        this.mirrored = java.util.Collections.unmodifiableSet(mirrored);
        Set<String> inDrl = new TreeSet<>(m.productIds());
        Set<String> inEngine = new TreeSet<>(rules.ruleIds());
        inEngine.retainAll(m.productIds()); // the programme-level rules are not mirrored (PlainRuleCatalog.productIds)
        if (!inDrl.equals(mirrored) || !inEngine.equals(mirrored)) {
            Set<String> unknown = new TreeSet<>(inEngine);
            unknown.addAll(inDrl);
            unknown.removeAll(mirrored);
            Set<String> gone = new TreeSet<>(mirrored);
            gone.retainAll(inEngine);
            Set<String> missing = new TreeSet<>(mirrored);
            missing.removeAll(gone);
            throw new IllegalArgumentException("the plain-Java baseline is out of date: rules not mirrored " + unknown
                    + ", mirrored rules no longer in the rule base " + missing);
        }
    }

    /** The ids of the rules the baseline mirrors (those of rating, lifecycle, revocation and upgrade). */
    public Set<String> mirroredRules() {
        return mirrored;
    }

    /** Which rule files and rule sets the baseline mirrors (the rule base's own info). */
    public RuleBaseInfo info() {
        return info;
    }

    /** Assesses many products on one date, one after the other on the calling thread. */
    public List<Assessment> assessAll(List<ProductRecord> records, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Assessment> out = new ArrayList<>(records.size());
        for (ProductRecord r : records) {
            out.add(assess(r, asOf));
        }
        return out;
    }

    /** Assesses one product on one date. */
    public Assessment assess(ProductRecord record, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        ProductCase c = new ProductCase(record, asOf, data, gapTop);
        c.forEachFact(this::fire);
        return c.toAssessment(info);
    }

    /** Fires every rule whose pattern the fact matches (what inserting it into a session does). */
    private void fire(Object fact) {
        if (fact instanceof RatingFact r) {
            rating(r);
        } else if (fact instanceof CertificateFact c) {
            lifecycle(c);
            practiceExpired(c);
        } else if (fact instanceof FindingFact f) {
            revocation(f);
        } else if (fact instanceof UpgradeFact u) {
            upgrade(u);
        } else if (fact instanceof vn.ocop.rules.internal.RoundFact
                || fact instanceof vn.ocop.rules.internal.TraceabilityFact) {
            // calendar.drl and the Quảng Ngãi rule set are not mirrored (PlainRuleCatalog.productIds): the baseline
            // gives no rounds and no traceability flags; the agreement test does not compare them
            return;
        } else {
            throw new IllegalStateException("no rules for " + fact.getClass().getName());
        }
    }

    // ------------------------------------------------------------------------------------ rating.drl

    private void rating(RatingFact r) {
        List<StarAward> awards = null;

        // RAT-LEVEL: RatingFact( !levelInPeriod, $basis : certificationBasis )
        if (!r.isLevelInPeriod()) {
            r.decideNotRated();
            ratLevel.explain(r, r, r.getCertificationBasis());
        }
        // RAT-COMMUNE: RatingFact( levelInPeriod, level == EvaluationLevel.COMMUNE, !knockedOut, !selfAssessment,
        //   $basis : levelBasis )
        if (r.isLevelInPeriod() && r.getLevel() == EvaluationLevel.COMMUNE && !r.isKnockedOut()
                && !r.isSelfAssessment()) {
            r.decideNotRated();
            ratCommune.explain(r, r, r.getLevelBasis());
        }
        // RAT-PRODUCER: RatingFact( ratingLevel, !producerEligible, !selfAssessment, $basis : producersBasis )
        if (r.isRatingLevel() && !r.isProducerEligible() && !r.isSelfAssessment()) {
            r.decideNotRated();
            ratProducer.explain(r, r, r.getProducersBasis());
        }
        // RAT-INFLIGHT: RatingFact( inFlight, $deadline : completionDeadline, $basis : inFlightBasis )
        if (r.isInFlight()) {
            ratInflight.explain(r, r, r.getCompletionDeadline(), r.getInFlightBasis());
        }
        // RAT-INFLIGHT-LATE: RatingFact( inFlight, decidedLate, $deadline : completionDeadline,
        //   $basis : inFlightBasis )
        if (r.isInFlight() && r.isDecidedLate()) {
            ratInflightLate.explain(r, r, r.getCompletionDeadline(), r.getInFlightBasis());
        }
        // RAT-PENDING: RatingFact( ratingLevel, producerEligible || selfAssessment, pending, !knockedOut,
        //   $basis : levelBasis )
        if (r.isRatingLevel() && (r.isProducerEligible() || r.isSelfAssessment()) && r.isPending()
                && !r.isKnockedOut()) {
            r.decidePending();
            ratPending.explain(r, r, r.getLevelBasis());
        }
        // RAT-KNOCKOUT: RatingFact( levelInPeriod, knockedOut, producerEligible || selfAssessment,
        //   $knockOuts : knockOuts, $basis : knockOutBasis )
        if (r.isLevelInPeriod() && r.isKnockedOut() && (r.isProducerEligible() || r.isSelfAssessment())) {
            r.decideRejected();
            ratKnockout.explain(r, r, r.getKnockOuts(), r.getKnockOutBasis());
        }
        // RAT-MISPRINT: RatingFact( misprintsApplied, $misprints : misprintsText, $basis : sheetBasis )
        if (r.isMisprintsApplied()) {
            ratMisprint.explain(r, r, r.getMisprintsText(), r.getSheetBasis());
        }
        // RAT-BAND-ONLY: RatingFact( ratingLevel, producerEligible || selfAssessment, !pending, !knockedOut,
        //   !minimumsChecked, $stars : bandStars, $average : average, $why : averageOnlyWhy,
        //   $basis : bandBasis )
        if (r.isRatingLevel() && (r.isProducerEligible() || r.isSelfAssessment()) && !r.isPending()
                && !r.isKnockedOut() && !r.isMinimumsChecked()) {
            int stars = r.getBandStars();
            r.decideStars(stars);
            awards = add(awards, new StarAward(r, stars));
            ratBandOnly.explain(r, r, stars, r.getAverage(), r.getAverageOnlyWhy(), r.getBandBasis());
        }
        // RAT-BAND: RatingFact( ratingLevel, producerEligible || selfAssessment, !pending, !knockedOut,
        //   minimumsChecked, bandStars < 3 || highestStarWithMinimums >= bandStars, $stars : bandStars,
        //   $average : average, $basis : bandBasis, $sheet : scoredSheetBasis, $minimumBasis : minimumBasis )
        if (r.isRatingLevel() && (r.isProducerEligible() || r.isSelfAssessment()) && !r.isPending()
                && !r.isKnockedOut() && r.isMinimumsChecked()
                && (r.getBandStars() < 3 || r.getHighestStarWithMinimums() >= r.getBandStars())) {
            int stars = r.getBandStars();
            r.decideStars(stars);
            awards = add(awards, new StarAward(r, stars));
            ratBand.explain(r, r, stars, r.getAverage(), r.getBandBasis(), r.getScoredSheetBasis(),
                    r.getMinimumBasis());
        }
        // RAT-MINIMUM-LOWER: RatingFact( ratingLevel, producerEligible || selfAssessment, !pending, !knockedOut,
        //   minimumsChecked, bandStars >= 3, highestStarWithMinimums < bandStars,
        //   minimumPolicy == MinimumPolicy.HIGHEST_STAR_MET, $band : bandStars, $stars : starsWithinMinimums,
        //   $missing : missingMinimumsText, $average : average, $basis : bandBasis, $sheet : scoredSheetBasis,
        //   $minimumBasis : minimumBasis )
        if (r.isRatingLevel() && (r.isProducerEligible() || r.isSelfAssessment()) && !r.isPending()
                && !r.isKnockedOut() && r.isMinimumsChecked() && r.getBandStars() >= 3
                && r.getHighestStarWithMinimums() < r.getBandStars()
                && r.getMinimumPolicy() == MinimumPolicy.HIGHEST_STAR_MET) {
            int stars = r.getStarsWithinMinimums();
            r.decideStars(stars);
            awards = add(awards, new StarAward(r, stars));
            ratMinimumLower.explain(r, r, r.getBandStars(), stars, r.getMissingMinimumsText(), r.getAverage(),
                    r.getBandBasis(), r.getScoredSheetBasis(), r.getMinimumBasis());
        }
        // RAT-MINIMUM-FAIL: RatingFact( ratingLevel, producerEligible || selfAssessment, !pending, !knockedOut,
        //   minimumsChecked, bandStars >= 3, highestStarWithMinimums < bandStars,
        //   minimumPolicy == MinimumPolicy.NOT_ACHIEVED, $band : bandStars, $missing : missingMinimumsText,
        //   $average : average, $sheet : scoredSheetBasis, $minimumBasis : minimumBasis )
        if (r.isRatingLevel() && (r.isProducerEligible() || r.isSelfAssessment()) && !r.isPending()
                && !r.isKnockedOut() && r.isMinimumsChecked() && r.getBandStars() >= 3
                && r.getHighestStarWithMinimums() < r.getBandStars()
                && r.getMinimumPolicy() == MinimumPolicy.NOT_ACHIEVED) {
            r.decideNotAchieved();
            ratMinimumFail.explain(r, r, r.getBandStars(), r.getMissingMinimumsText(), r.getAverage(),
                    r.getScoredSheetBasis(), r.getMinimumBasis());
        }
        if (awards != null) {
            for (StarAward a : awards) {
                starAward(a);
            }
        }
    }

    /** The rules of rating.drl that act on an inserted {@link StarAward}. */
    private void starAward(StarAward a) {
        RatingFact rating = a.getRating();
        int stars = a.getStars();
        // RAT-NOT-CERTIFIED: StarAward( stars < rating.minimumCertifiedStars, $stars : stars,
        //   $basis : rating.certificationBasis )
        if (stars < rating.getMinimumCertifiedStars()) {
            ratNotCertified.explain(a, a, stars, rating.getCertificationBasis());
        }
        // RAT-SELF: StarAward( rating.selfAssessment, $stars : stars, $basis : rating.certificationBasis )
        if (rating.isSelfAssessment()) {
            ratSelf.explain(a, a, stars, rating.getCertificationBasis());
        }
        // RAT-CERTIFY: StarAward( stars >= rating.minimumCertifiedStars, !rating.selfAssessment, !rating.centralLevel,
        //   !(rating.reachesForwarding && stars >= rating.forwardingStars), !certifierBelowEvaluatingLevel,
        //   $r : rating, $stars : stars, $authority : authority, $basis : certifyingBasis )
        if (stars >= rating.getMinimumCertifiedStars() && !rating.isSelfAssessment() && !rating.isCentralLevel()
                && !(rating.isReachesForwarding() && stars >= rating.getForwardingStars())
                && !a.isCertifierBelowEvaluatingLevel()) {
            Authority authority = a.getAuthority();
            rating.decideCertifiable(authority);
            ratCertify.explain(a, a, rating, stars, authority, a.getCertifyingBasis());
        }
        // RAT-CERTIFY-AT-LEVEL: StarAward( stars >= rating.minimumCertifiedStars, !rating.selfAssessment,
        //   !rating.centralLevel, !(rating.reachesForwarding && stars >= rating.forwardingStars),
        //   certifierBelowEvaluatingLevel, $r : rating, $stars : stars, $authority : evaluatingAuthority,
        //   $named : certifyingLevel, $basis : certifyingBasis, $levelBasis : rating.levelBasis )
        if (stars >= rating.getMinimumCertifiedStars() && !rating.isSelfAssessment() && !rating.isCentralLevel()
                && !(rating.isReachesForwarding() && stars >= rating.getForwardingStars())
                && a.isCertifierBelowEvaluatingLevel()) {
            Authority authority = a.getEvaluatingAuthority();
            rating.decideCertifiable(authority);
            ratCertifyAtLevel.explain(a, a, rating, stars, authority, a.getCertifyingLevel(), a.getCertifyingBasis(),
                    rating.getLevelBasis());
        }
        // RAT-FORWARD: StarAward( !rating.selfAssessment, rating.reachesForwarding, stars >= rating.forwardingStars,
        //   $r : rating, $to : rating.forwardLevel, $threshold : rating.forwardThreshold,
        //   $average : rating.average, $basis : rating.forwardBasis )
        if (!rating.isSelfAssessment() && rating.isReachesForwarding() && stars >= rating.getForwardingStars()) {
            EvaluationLevel to = rating.getForwardLevel();
            rating.decideForwarded(to);
            ratForward.explain(a, a, rating, to, rating.getForwardThreshold(), rating.getAverage(),
                    rating.getForwardBasis());
        }
        // RAT-CENTRAL: StarAward( rating.centralLevel, !rating.selfAssessment, stars == 5, $r : rating,
        //   $authority : authority, $basis : certifyingBasis )
        if (rating.isCentralLevel() && !rating.isSelfAssessment() && stars == 5) {
            Authority authority = a.getAuthority();
            rating.decideCertifiable(authority);
            ratCentral.explain(a, a, rating, authority, a.getCertifyingBasis());
        }
        // RAT-CENTRAL-FALLBACK: StarAward( rating.centralLevel, !rating.selfAssessment,
        //   stars >= rating.minimumCertifiedStars, stars < 5, $r : rating, $stars : stars,
        //   $basis : rating.centralFallbackBasis )
        if (rating.isCentralLevel() && !rating.isSelfAssessment() && stars >= rating.getMinimumCertifiedStars()
                && stars < 5) {
            rating.decideCertifiable(Authority.PROVINCIAL_PEOPLES_COMMITTEE);
            ratCentralFallback.explain(a, a, rating, stars, rating.getCentralFallbackBasis());
        }
        // RAT-GAP: StarAward( rating.scoredBySheets, stars < 5, gapToNext != null, $r : rating, $gap : gapToNext,
        //   $next : gapToNext.targetStars, $basis : rating.minimumBasis )
        if (rating.isScoredBySheets() && stars < 5 && a.getGapToNext() != null) {
            Gap gap = a.getGapToNext();
            rating.decideGap(gap);
            ratGap.explain(a, a, rating, gap, gap.targetStars(), rating.getMinimumBasis());
        }
    }

    // ------------------------------------------------------------------------------------ lifecycle.drl

    private void lifecycle(CertificateFact c) {
        // LIF-NOT-YET: CertificateFact( notYetIssued, $issued : decisionDate, $basis : termBasis )
        if (c.isNotYetIssued()) {
            c.decideState(LifecycleState.NOT_YET_ISSUED, false);
            lifNotYet.explain(c, c, c.getDecisionDate(), c.getTermBasis());
        }
        // LIF-REVOKED: CertificateFact( !notYetIssued, revoked, $on : revokedOn, $mark : markBasis )
        if (!c.isNotYetIssued() && c.isRevoked()) {
            LocalDate on = c.getRevokedOn();
            LegalBasis mark = c.getMarkBasis();
            c.decideState(LifecycleState.REVOKED, false);
            c.due(Party.PRODUCER, null, "Ngừng sử dụng nhãn hiệu OCOP và số sao trên sản phẩm",
                    "Stop using the OCOP mark and stars on the product", null, on, mark);
            lifRevoked.explain(c, c, on, mark);
        }
        // LIF-SUPERSEDED: CertificateFact( !notYetIssued, !revoked, superseded, $by : supersededBy,
        //   $basis : supersedeBasis )
        if (!c.isNotYetIssued() && !c.isRevoked() && c.isSuperseded()) {
            c.decideState(LifecycleState.SUPERSEDED, false);
            lifSuperseded.explain(c, c, c.getSupersededBy(), c.getSupersedeBasis());
        }
        // LIF-VALID: CertificateFact( standing, !pastExpiry, $months : termMonths, $issued : decisionDate,
        //   $last : lastValidDay, $days : daysLeft, $basis : termBasis )
        if (c.isStanding() && !c.isPastExpiry()) {
            c.decideState(LifecycleState.VALID, true);
            lifValid.explain(c, c, c.getTermMonths(), c.getDecisionDate(), c.getLastValidDay(), c.getDaysLeft(),
                    c.getTermBasis());
        }
        // LIF-TERM-KEPT: CertificateFact( standing, issuedUnderEarlierPeriod, $under : issuedUnderDecision,
        //   $basis : existingCertificatesBasis )
        if (c.isStanding() && c.isIssuedUnderEarlierPeriod()) {
            lifTermKept.explain(c, c, c.getIssuedUnderDecision(), c.getExistingCertificatesBasis());
        }
        // LIF-EXPIRED: CertificateFact( standing, pastExpiry,
        //   !(hasGrace && graceScopeCovers && filedBeforeExpiry && reEvaluationPending), $expiry : expiryDate,
        //   $stop : markEndDate, $basis : termBasis, $mark : markBasis )
        if (c.isStanding() && c.isPastExpiry() && !(c.isHasGrace() && c.isGraceScopeCovers()
                && c.isFiledBeforeExpiry() && c.isReEvaluationPending())) {
            LocalDate stop = c.getMarkEndDate();
            LegalBasis mark = c.getMarkBasis();
            c.decideState(LifecycleState.EXPIRED, false);
            c.due(Party.PRODUCER, null,
                    "Ngừng sử dụng nhãn hiệu OCOP và số sao; có thể đăng ký đánh giá, phân hạng lần đầu",
                    "Stop using the OCOP mark and stars; the product may be registered for a first evaluation",
                    stop, null, mark);
            lifExpired.explain(c, c, c.getExpiryDate(), stop, c.getTermBasis(), mark);
        }
        // LIF-GRACE: CertificateFact( standing, pastExpiry, hasGrace, graceScopeCovers, filedBeforeExpiry,
        //   reEvaluationPending, daysPastExpiry <= graceDays, $expiry : expiryDate, $filed : filedOn,
        //   $last : graceLastDay, $basis : graceBasis, $authority : authorityByStars )
        if (c.isStanding() && c.isPastExpiry() && c.isHasGrace() && c.isGraceScopeCovers() && c.isFiledBeforeExpiry()
                && c.isReEvaluationPending() && c.getDaysPastExpiry() <= c.getGraceDays()) {
            LocalDate last = c.getGraceLastDay();
            LegalBasis basis = c.getGraceBasis();
            Authority authority = c.getAuthorityByStars();
            c.decideGrace(last);
            // a dossier filed before 22 May 2026 has its own, earlier limit (LIF-FILED-INFLIGHT)
            if (!c.isInFlightReEvaluation()) {
                c.due(Party.AUTHORITY, authority, "Quyết định kết quả đánh giá lại", "Decide the re-evaluation",
                        null, last, basis);
            }
            lifGrace.explain(c, c, c.getExpiryDate(), c.getFiledOn(), last, basis, authority);
        }
        // LIF-GRACE-ENDED: CertificateFact( standing, pastExpiry, hasGrace, graceScopeCovers, filedBeforeExpiry,
        //   reEvaluationPending, daysPastExpiry > graceDays, $days : graceDays, $expiry : expiryDate,
        //   $last : graceLastDay, $basis : graceBasis, $mark : markBasis )
        if (c.isStanding() && c.isPastExpiry() && c.isHasGrace() && c.isGraceScopeCovers() && c.isFiledBeforeExpiry()
                && c.isReEvaluationPending() && c.getDaysPastExpiry() > c.getGraceDays()) {
            LocalDate last = c.getGraceLastDay();
            LegalBasis mark = c.getMarkBasis();
            c.decideState(LifecycleState.EXPIRED, false);
            c.due(Party.PRODUCER, null, "Ngừng sử dụng nhãn hiệu OCOP và số sao",
                    "Stop using the OCOP mark and stars", last.plusDays(1), null, mark);
            lifGraceEnded.explain(c, c, c.getGraceDays(), c.getExpiryDate(), last, c.getGraceBasis(), mark);
        }
        // LIF-WINDOW-BEFORE: CertificateFact( standing, !pastExpiry, hasWindow, !validlyFiled,
        //   daysLeft > windowEarliestDays, $earliest : windowEarliestDays, $latest : windowLatestDays,
        //   $opens : windowOpens, $closes : windowCloses, $basis : windowBasis )
        if (c.isStanding() && !c.isPastExpiry() && c.isHasWindow() && !c.isValidlyFiled()
                && c.getDaysLeft() > c.getWindowEarliestDays()) {
            LocalDate opens = c.getWindowOpens();
            LocalDate closes = c.getWindowCloses();
            LegalBasis basis = c.getWindowBasis();
            c.decideWindow(WindowState.NOT_YET_OPEN);
            c.due(Party.PRODUCER, null, "Nộp hồ sơ đánh giá lại (nếu muốn duy trì công nhận)",
                    "File the re-evaluation dossier (to keep the recognition)", opens, closes, basis);
            lifWindowBefore.explain(c, c, c.getWindowEarliestDays(), c.getWindowLatestDays(), opens, closes, basis);
        }
        // LIF-WINDOW-OPEN: CertificateFact( standing, !pastExpiry, hasWindow, !validlyFiled,
        //   daysLeft <= windowEarliestDays, daysLeft >= windowLatestDays, $opens : windowOpens,
        //   $closes : windowCloses, $basis : windowBasis )
        if (c.isStanding() && !c.isPastExpiry() && c.isHasWindow() && !c.isValidlyFiled()
                && c.getDaysLeft() <= c.getWindowEarliestDays() && c.getDaysLeft() >= c.getWindowLatestDays()) {
            LocalDate opens = c.getWindowOpens();
            LocalDate closes = c.getWindowCloses();
            LegalBasis basis = c.getWindowBasis();
            c.decideWindow(WindowState.OPEN);
            c.due(Party.PRODUCER, null, "Nộp hồ sơ đánh giá lại", "File the re-evaluation dossier", opens, closes,
                    basis);
            lifWindowOpen.explain(c, c, opens, closes, basis);
        }
        // LIF-WINDOW-CLOSED: CertificateFact( standing, !pastExpiry, hasWindow, !validlyFiled,
        //   daysLeft < windowLatestDays, $closes : windowCloses, $expiry : expiryDate, $basis : windowBasis )
        if (c.isStanding() && !c.isPastExpiry() && c.isHasWindow() && !c.isValidlyFiled()
                && c.getDaysLeft() < c.getWindowLatestDays()) {
            c.decideWindow(WindowState.CLOSED);
            lifWindowClosed.explain(c, c, c.getWindowCloses(), c.getExpiryDate(), c.getWindowBasis());
        }
        // LIF-WINDOW-TRANSITION: CertificateFact( standing, !pastExpiry, hasWindow, !validlyFiled,
        //   daysLeft < windowLatestDays, hasGrace, graceScopeCovers, $expiry : expiryDate, $days : graceDays,
        //   $decision : inForceDecision, $basis : graceBasis )
        if (c.isStanding() && !c.isPastExpiry() && c.isHasWindow() && !c.isValidlyFiled()
                && c.getDaysLeft() < c.getWindowLatestDays() && c.isHasGrace() && c.isGraceScopeCovers()) {
            LocalDate expiry = c.getExpiryDate();
            LegalBasis basis = c.getGraceBasis();
            c.due(Party.PRODUCER, null, "Nộp hồ sơ đánh giá lại trước ngày hết hạn",
                    "File the re-evaluation dossier before the expiry date", null, expiry.minusDays(1), basis);
            lifWindowTransition.explain(c, c, expiry, c.getGraceDays(), c.getInForceDecision(), basis);
        }
        // LIF-FILED: CertificateFact( standing, !pastExpiry, hasWindow, validlyFiled, reEvaluationPending,
        //   !inFlightReEvaluation, $filed : filedOn, $days : decisionDays, $basis : decisionDaysBasis,
        //   $authority : authorityByStars )
        if (c.isStanding() && !c.isPastExpiry() && c.isHasWindow() && c.isValidlyFiled() && c.isReEvaluationPending()
                && !c.isInFlightReEvaluation()) {
            LocalDate filed = c.getFiledOn();
            LegalBasis basis = c.getDecisionDaysBasis();
            Authority authority = c.getAuthorityByStars();
            c.decideWindow(WindowState.FILED);
            c.due(Party.AUTHORITY, authority, "Đánh giá lại trong thời hạn kể từ ngày nhận đủ hồ sơ",
                    "Decide the re-evaluation within the limit counted from the complete dossier", filed, null, basis);
            lifFiled.explain(c, c, filed, c.getDecisionDays(), basis, authority);
        }
        // LIF-FILED-INFLIGHT: CertificateFact( standing, validlyFiled, reEvaluationPending, inFlightReEvaluation,
        //   $filed : filedOn, $by : inFlightDeadline, $decision : inForceDecision, $basis : inFlightBasis,
        //   $authority : authorityByStars )
        if (c.isStanding() && c.isValidlyFiled() && c.isReEvaluationPending() && c.isInFlightReEvaluation()) {
            LocalDate filed = c.getFiledOn();
            LocalDate by = c.getInFlightDeadline();
            LegalBasis basis = c.getInFlightBasis();
            Authority authority = c.getAuthorityByStars();
            if (!c.isPastExpiry()) {
                c.decideWindow(WindowState.FILED);
            }
            c.due(Party.AUTHORITY, authority, "Hoàn thành đánh giá lại", "Complete the re-evaluation", filed, by,
                    basis);
            lifFiledInflight.explain(c, c, filed, by, c.getInForceDecision(), basis, authority);
        }
        // LIF-REEVALUATED: CertificateFact( standing, !pastExpiry, validlyFiled, !reEvaluationPending,
        //   $on : reEvaluatedOn, $expiry : expiryDate, $basis : termBasis )
        if (c.isStanding() && !c.isPastExpiry() && c.isValidlyFiled() && !c.isReEvaluationPending()) {
            if (c.isHasWindow()) {
                c.decideWindow(WindowState.FILED);
            }
            lifReevaluated.explain(c, c, c.getReEvaluatedOn(), c.getExpiryDate(), c.getTermBasis());
        }
        // LIF-FILED-EARLY: CertificateFact( standing, filedTooEarly, $filed : filedOn, $opens : windowOpens,
        //   $closes : windowCloses, $basis : windowBasis )
        if (c.isStanding() && c.isFiledTooEarly()) {
            lifFiledEarly.explain(c, c, c.getFiledOn(), c.getWindowOpens(), c.getWindowCloses(), c.getWindowBasis());
        }
        // LIF-FILED-LATE: CertificateFact( standing, hasWindow, reEvaluationFiled, filedOn > windowCloses,
        //   $filed : filedOn, $closes : windowCloses, $basis : windowBasis )
        if (c.isStanding() && c.isHasWindow() && c.isReEvaluationFiled()
                && c.getFiledOn().isAfter(c.getWindowCloses())) {
            lifFiledLate.explain(c, c, c.getFiledOn(), c.getWindowCloses(), c.getWindowBasis());
        }
        // LIF-FILED-148: CertificateFact( standing, !pastExpiry, !hasWindow, reEvaluationFiled, reEvaluationPending,
        //   !inFlightReEvaluation, $filed : filedOn, $authority : noticeBody, $basis : reEvaluationBasis )
        if (c.isStanding() && !c.isPastExpiry() && !c.isHasWindow() && c.isReEvaluationFiled()
                && c.isReEvaluationPending() && !c.isInFlightReEvaluation()) {
            LocalDate filed = c.getFiledOn();
            Authority authority = c.getNoticeBody();
            LegalBasis basis = c.getReEvaluationBasis();
            c.due(Party.AUTHORITY, authority, "Đánh giá lại sản phẩm", "Re-evaluate the product", filed, null, basis);
            lifFiled148.explain(c, c, filed, authority, basis);
        }
        // LIF-NOTICE: CertificateFact( standing, !pastExpiry, hasNotice, !noticeSent, !reEvaluationFiled,
        //   daysLeft >= noticeDays, $days : noticeDays, $by : noticeBy, $basis : noticeBasis,
        //   $issuer : noticeBody )
        if (c.isStanding() && !c.isPastExpiry() && c.isHasNotice() && !c.isNoticeSent() && !c.isReEvaluationFiled()
                && c.getDaysLeft() >= c.getNoticeDays()) {
            LocalDate by = c.getNoticeBy();
            LegalBasis basis = c.getNoticeBasis();
            Authority issuer = c.getNoticeBody();
            c.due(Party.ISSUING_BODY, issuer, "Thông báo cho chủ thể về việc hết hạn giấy chứng nhận",
                    "Notify the producer that the certificate is about to expire", null, by, basis);
            lifNotice.explain(c, c, c.getNoticeDays(), by, basis, issuer);
        }
        // LIF-NOTICE-DUE: CertificateFact( standing, !pastExpiry, hasNotice, !noticeSent, !reEvaluationFiled,
        //   daysLeft < noticeDays, $by : noticeBy, $basis : noticeBasis, $issuer : noticeBody )
        if (c.isStanding() && !c.isPastExpiry() && c.isHasNotice() && !c.isNoticeSent() && !c.isReEvaluationFiled()
                && c.getDaysLeft() < c.getNoticeDays()) {
            LegalBasis basis = c.getNoticeBasis();
            Authority issuer = c.getNoticeBody();
            c.due(Party.ISSUING_BODY, issuer, "Thông báo ngay cho chủ thể về việc hết hạn giấy chứng nhận",
                    "Notify the producer of the expiry now", null, c.getAsOf(), basis);
            lifNoticeDue.explain(c, c, c.getNoticeBy(), basis, issuer);
        }
        // LIF-NOTICE-SENT: CertificateFact( standing, !pastExpiry, hasNotice, noticeSent, !reEvaluationFiled,
        //   $expiry : expiryDate, $basis : noticeBasis )
        if (c.isStanding() && !c.isPastExpiry() && c.isHasNotice() && c.isNoticeSent() && !c.isReEvaluationFiled()) {
            LocalDate expiry = c.getExpiryDate();
            LegalBasis basis = c.getNoticeBasis();
            c.due(Party.PRODUCER, null, "Nộp hồ sơ đánh giá lại (nếu muốn duy trì công nhận)",
                    "File a re-evaluation dossier (to keep the recognition)", null, expiry.minusDays(1), basis);
            lifNoticeSent.explain(c, c, expiry, basis);
        }
        // LIF-AUTHORITY: CertificateFact( standing, authorityRule == RevokingRule.BY_STARS,
        //   !(issuedByDistrict && districtLevelGone), $authority : authorityByStars, $basis : authorityByStarsBasis )
        if (c.isStanding() && c.getAuthorityRule() == RevokingRule.BY_STARS
                && !(c.isIssuedByDistrict() && c.isDistrictLevelGone())) {
            Authority authority = c.getAuthorityByStars();
            c.decideAuthority(authority);
            lifAuthority.explain(c, c, authority, c.getAuthorityByStarsBasis());
        }
        // LIF-AUTHORITY-ISSUER: CertificateFact( standing, authorityRule == RevokingRule.ISSUING_BODY,
        //   !(issuedByDistrict && districtLevelGone), $authority : issuingAuthority,
        //   $basis : authorityByStarsBasis )
        if (c.isStanding() && c.getAuthorityRule() == RevokingRule.ISSUING_BODY
                && !(c.isIssuedByDistrict() && c.isDistrictLevelGone())) {
            Authority authority = c.getIssuingAuthority();
            c.decideAuthority(authority);
            lifAuthorityIssuer.explain(c, c, authority, c.getAuthorityByStarsBasis());
        }
        // LIF-AUTHORITY-DISTRICT: CertificateFact( standing, issuedByDistrict, districtLevelGone,
        //   $basis : districtCertificatesBasis )
        if (c.isStanding() && c.isIssuedByDistrict() && c.isDistrictLevelGone()) {
            c.decideAuthority(Authority.PROVINCIAL_PEOPLES_COMMITTEE);
            lifAuthorityDistrict.explain(c, c, c.getDistrictCertificatesBasis());
        }
    }

    // ------------------------------------------------------------------------------------ revocation.drl

    private void revocation(FindingFact f) {
        List<RevocationProposal> proposals = null;
        FindingKind kind = f.getKind();

        // REV-NO-CERTIFICATE: FindingFact( !hasCertificate, $date : date, $basis : termBasis )
        if (!f.isHasCertificate()) {
            revNoCertificate.explain(f, f, f.getDate(), f.getTermBasis());
        }
        // REV-NO-GROUNDS: FindingFact( hasCertificate, !nationalGrounds, !practiceEnabled,
        //   $basis : authorityByStarsBasis )
        if (f.isHasCertificate() && !f.isNationalGrounds() && !f.isPracticeEnabled()) {
            revNoGrounds.explain(f, f, f.getAuthorityByStarsBasis());
        }
        // REV-A: FindingFact( hasCertificate, nationalGrounds, kind == FindingKind.FALSIFIED_DOSSIER )
        if (f.isHasCertificate() && f.isNationalGrounds() && kind == FindingKind.FALSIFIED_DOSSIER) {
            proposals = ground(proposals, f, RevocationGround.FALSIFIED_DOSSIER);
            revA.explain(f, f);
        }
        // REV-B: FindingFact( hasCertificate, nationalGrounds, kind in (FindingKind.CRITERIA_NO_LONGER_MET,
        //   FindingKind.FAILED_MINIMUMS_AT_REEVALUATION, FindingKind.PROCESS_NOT_FOLLOWED,
        //   FindingKind.PRODUCT_DIFFERS_FROM_CERTIFIED, FindingKind.RECORDS_MISSING) )
        if (f.isHasCertificate() && f.isNationalGrounds() && (kind == FindingKind.CRITERIA_NO_LONGER_MET
                || kind == FindingKind.FAILED_MINIMUMS_AT_REEVALUATION || kind == FindingKind.PROCESS_NOT_FOLLOWED
                || kind == FindingKind.PRODUCT_DIFFERS_FROM_CERTIFIED || kind == FindingKind.RECORDS_MISSING)) {
            proposals = ground(proposals, f, RevocationGround.CRITERIA_NO_LONGER_MET);
            revB.explain(f, f);
        }
        // REV-C: FindingFact( hasCertificate, nationalGrounds, kind in (FindingKind.QUALITY_OR_FOOD_SAFETY_VIOLATION,
        //   FindingKind.ENVIRONMENT_VIOLATION, FindingKind.INTELLECTUAL_PROPERTY_VIOLATION,
        //   FindingKind.LABELLING_VIOLATION, FindingKind.OTHER_LEGAL_VIOLATION) )
        if (f.isHasCertificate() && f.isNationalGrounds() && (kind == FindingKind.QUALITY_OR_FOOD_SAFETY_VIOLATION
                || kind == FindingKind.ENVIRONMENT_VIOLATION || kind == FindingKind.INTELLECTUAL_PROPERTY_VIOLATION
                || kind == FindingKind.LABELLING_VIOLATION || kind == FindingKind.OTHER_LEGAL_VIOLATION)) {
            proposals = ground(proposals, f, RevocationGround.LEGAL_VIOLATION);
            revC.explain(f, f);
        }
        // REV-D: FindingFact( hasCertificate, nationalGrounds, kind == FindingKind.MARK_MISUSE )
        if (f.isHasCertificate() && f.isNationalGrounds() && kind == FindingKind.MARK_MISUSE) {
            proposals = ground(proposals, f, RevocationGround.MARK_MISUSE);
            revD.explain(f, f);
        }
        // REV-DD: FindingFact( hasCertificate, nationalGrounds, kind == FindingKind.PRODUCTION_STOPPED )
        if (f.isHasCertificate() && f.isNationalGrounds() && kind == FindingKind.PRODUCTION_STOPPED) {
            proposals = ground(proposals, f, RevocationGround.PRODUCTION_STOPPED);
            revDd.explain(f, f);
        }
        // REV-SUSPENDED: FindingFact( hasCertificate, nationalGrounds, kind == FindingKind.OPERATIONS_SUSPENDED )
        if (f.isHasCertificate() && f.isNationalGrounds() && kind == FindingKind.OPERATIONS_SUSPENDED) {
            revSuspended.explain(f, f);
        }
        // REV-E: FindingFact( hasCertificate, nationalGrounds, kind == FindingKind.OTHER_COMPETENT_BODY_PROPOSAL )
        if (f.isHasCertificate() && f.isNationalGrounds() && kind == FindingKind.OTHER_COMPETENT_BODY_PROPOSAL) {
            proposals = ground(proposals, f, RevocationGround.OTHER_COMPETENT_BODY);
            revE.explain(f, f);
        }
        // REV-UNLAWFUL-EVALUATION: FindingFact( hasCertificate, nationalGrounds,
        //   kind == FindingKind.EVALUATION_NOT_LAWFUL )
        if (f.isHasCertificate() && f.isNationalGrounds() && kind == FindingKind.EVALUATION_NOT_LAWFUL) {
            proposals = ground(proposals, f, RevocationGround.OTHER_COMPETENT_BODY);
            revUnlawfulEvaluation.explain(f, f);
        }

        // ---- revocation-practice-148.drl (its conditions need practiceEnabled: off unless the rule set is on)

        // PRA-PROCESS: FindingFact( hasCertificate, !nationalGrounds, practiceEnabled,
        //   kind in (FindingKind.PROCESS_NOT_FOLLOWED, FindingKind.QUALITY_OR_FOOD_SAFETY_VIOLATION) )
        if (f.isHasCertificate() && !f.isNationalGrounds() && f.isPracticeEnabled()
                && (kind == FindingKind.PROCESS_NOT_FOLLOWED || kind == FindingKind.QUALITY_OR_FOOD_SAFETY_VIOLATION)) {
            proposals = ground(proposals, f, RevocationGround.PRACTICE_PROCESS_OR_SAFETY_BREACH);
            praProcess.explain(f, f);
        }
        // PRA-CHANGED: FindingFact( hasCertificate, !nationalGrounds, practiceEnabled,
        //   kind == FindingKind.PRODUCT_DIFFERS_FROM_CERTIFIED )
        if (f.isHasCertificate() && !f.isNationalGrounds() && f.isPracticeEnabled()
                && kind == FindingKind.PRODUCT_DIFFERS_FROM_CERTIFIED) {
            proposals = ground(proposals, f, RevocationGround.PRACTICE_PRODUCT_CHANGED);
            praChanged.explain(f, f);
        }
        // PRA-RECORDS: FindingFact( hasCertificate, !nationalGrounds, practiceEnabled,
        //   kind == FindingKind.RECORDS_MISSING )
        if (f.isHasCertificate() && !f.isNationalGrounds() && f.isPracticeEnabled()
                && kind == FindingKind.RECORDS_MISSING) {
            proposals = ground(proposals, f, RevocationGround.PRACTICE_RECORDS_MISSING);
            praRecords.explain(f, f);
        }
        // PRA-SUSPENDED: FindingFact( hasCertificate, !nationalGrounds, practiceEnabled,
        //   kind in (FindingKind.OPERATIONS_SUSPENDED, FindingKind.PRODUCTION_STOPPED) )
        if (f.isHasCertificate() && !f.isNationalGrounds() && f.isPracticeEnabled()
                && (kind == FindingKind.OPERATIONS_SUSPENDED || kind == FindingKind.PRODUCTION_STOPPED)) {
            proposals = ground(proposals, f, RevocationGround.PRACTICE_OPERATIONS_SUSPENDED);
            praSuspended.explain(f, f);
        }
        // PRA-FAILED-MINIMUMS: FindingFact( hasCertificate, !nationalGrounds, practiceEnabled,
        //   kind == FindingKind.FAILED_MINIMUMS_AT_REEVALUATION )
        if (f.isHasCertificate() && !f.isNationalGrounds() && f.isPracticeEnabled()
                && kind == FindingKind.FAILED_MINIMUMS_AT_REEVALUATION) {
            proposals = ground(proposals, f, RevocationGround.PRACTICE_FAILED_MINIMUMS);
            praFailedMinimums.explain(f, f);
        }
        // PRA-STANDARDS: FindingFact( hasCertificate, !nationalGrounds, practiceEnabled,
        //   kind in (FindingKind.FALSIFIED_DOSSIER, FindingKind.CRITERIA_NO_LONGER_MET,
        //   FindingKind.ENVIRONMENT_VIOLATION, FindingKind.INTELLECTUAL_PROPERTY_VIOLATION,
        //   FindingKind.LABELLING_VIOLATION, FindingKind.OTHER_LEGAL_VIOLATION, FindingKind.MARK_MISUSE,
        //   FindingKind.OTHER_COMPETENT_BODY_PROPOSAL, FindingKind.EVALUATION_NOT_LAWFUL) )
        if (f.isHasCertificate() && !f.isNationalGrounds() && f.isPracticeEnabled()
                && (kind == FindingKind.FALSIFIED_DOSSIER || kind == FindingKind.CRITERIA_NO_LONGER_MET
                        || kind == FindingKind.ENVIRONMENT_VIOLATION
                        || kind == FindingKind.INTELLECTUAL_PROPERTY_VIOLATION
                        || kind == FindingKind.LABELLING_VIOLATION || kind == FindingKind.OTHER_LEGAL_VIOLATION
                        || kind == FindingKind.MARK_MISUSE || kind == FindingKind.OTHER_COMPETENT_BODY_PROPOSAL
                        || kind == FindingKind.EVALUATION_NOT_LAWFUL)) {
            proposals = ground(proposals, f, RevocationGround.PRACTICE_STANDARDS_NOT_MET);
            praStandards.explain(f, f);
        }

        if (proposals != null) {
            for (RevocationProposal p : proposals) {
                proposal(p);
            }
        }
    }

    /** The consequence of a ground rule: {@code $f.decideGround(g); insert(new RevocationProposal($f, g));}. */
    private static List<RevocationProposal> ground(List<RevocationProposal> proposals, RevocationCase target,
            RevocationGround g) {
        target.decideGround(g);
        return add(proposals, new RevocationProposal(target, g));
    }

    /** PRA-EXPIRED (revocation-practice-148.drl), the one practice rule on a certificate. */
    private void practiceExpired(CertificateFact c) {
        // PRA-EXPIRED: CertificateFact( standing, pastExpiry, practiceEnabled, !nationalGroundsInForce,
        //   !reEvaluationFiled, $expiry : expiryDate )
        if (c.isStanding() && c.isPastExpiry() && c.isPracticeEnabled() && !c.isNationalGroundsInForce()
                && !c.isReEvaluationFiled()) {
            c.practiceCase().decideGround(RevocationGround.PRACTICE_EXPIRED_NOT_REEVALUATED);
            RevocationProposal p = new RevocationProposal(c.practiceCase(),
                    RevocationGround.PRACTICE_EXPIRED_NOT_REEVALUATED);
            praExpired.explain(c, c, c.getExpiryDate());
            proposal(p);
        }
    }

    /** The rules of revocation.drl that act on an inserted {@link RevocationProposal}. */
    private void proposal(RevocationProposal p) {
        RevocationCase target = p.getTarget();
        // REV-AUTHORITY: RevocationProposal( target.authorityRule == RevokingRule.BY_STARS,
        //   !(target.issuedByDistrict && target.districtLevelGone), $c : target,
        //   $authority : target.authorityByStars, $basis : target.authorityByStarsBasis )
        if (target.getAuthorityRule() == RevokingRule.BY_STARS
                && !(target.isIssuedByDistrict() && target.isDistrictLevelGone())) {
            Authority authority = target.getAuthorityByStars();
            target.decideAuthority(authority);
            revAuthority.explain(p, p, target, authority, target.getAuthorityByStarsBasis());
        }
        // REV-AUTHORITY-ISSUER: RevocationProposal( target.authorityRule == RevokingRule.ISSUING_BODY,
        //   !(target.issuedByDistrict && target.districtLevelGone), $c : target,
        //   $authority : target.issuingAuthority, $basis : target.authorityByStarsBasis )
        if (target.getAuthorityRule() == RevokingRule.ISSUING_BODY
                && !(target.isIssuedByDistrict() && target.isDistrictLevelGone())) {
            Authority authority = target.getIssuingAuthority();
            target.decideAuthority(authority);
            revAuthorityIssuer.explain(p, p, target, authority, target.getAuthorityByStarsBasis());
        }
        // REV-AUTHORITY-DISTRICT: RevocationProposal( target.issuedByDistrict, target.districtLevelGone,
        //   $c : target, $basis : target.districtCertificatesBasis, $kept : target.existingCertificatesBasis )
        if (target.isIssuedByDistrict() && target.isDistrictLevelGone()) {
            target.decideAuthority(Authority.PROVINCIAL_PEOPLES_COMMITTEE);
            revAuthorityDistrict.explain(p, p, target, target.getDistrictCertificatesBasis(),
                    target.getExistingCertificatesBasis());
        }
        // REV-DEADLINE: RevocationProposal( finding != null, finding.hasDeadline, $f : finding,
        //   $days : finding.deadlineDays, $deadline : finding.deadline, $basis : finding.deadlineBasis )
        FindingFact f = p.getFinding();
        if (f != null && f.isHasDeadline()) {
            LocalDate deadline = f.getDeadline();
            f.decideDeadline(deadline);
            revDeadline.explain(p, p, f, f.getDeadlineDays(), deadline, f.getDeadlineBasis());
        }
    }

    // ------------------------------------------------------------------------------------ upgrade.drl

    private void upgrade(UpgradeFact u) {
        // UPG-NO-CERTIFICATE: UpgradeFact( !hasCertificate, $basis : upgradeBasis )
        if (!u.isHasCertificate()) {
            upgNoCertificate.explain(u, u, u.getUpgradeBasis());
        }
        // UPG-TOP: UpgradeFact( hasCertificate, stars == 5, $basis : upgradeBasis )
        if (u.isHasCertificate() && u.getStars() == 5) {
            upgTop.explain(u, u, u.getUpgradeBasis());
        }
        // UPG-PRODUCER: UpgradeFact( hasCertificate, stars < 5, !producerEligible, $type : producerType,
        //   $basis : producersBasis )
        if (u.isHasCertificate() && u.getStars() < 5 && !u.isProducerEligible()) {
            upgProducer.explain(u, u, u.getProducerType(), u.getProducersBasis());
        }
        // UPG-HOLDING: UpgradeFact( hasCertificate, stars < 5, !heldLongEnough, $held : monthsHeld,
        //   $months : minimumMonthsHeld, $basis : upgradeBasis )
        if (u.isHasCertificate() && u.getStars() < 5 && !u.isHeldLongEnough()) {
            upgHolding.explain(u, u, u.getMonthsHeld(), u.getMinimumMonthsHeld(), u.getUpgradeBasis());
        }
        // UPG-TO-4: UpgradeFact( hasCertificate, stars == 3, producerEligible, heldLongEnough, !districtPath,
        //   $threshold : fourStarThreshold, $basis : upgradeBasis )
        if (u.isHasCertificate() && u.getStars() == 3 && u.isProducerEligible() && u.isHeldLongEnough()
                && !u.isDistrictPath()) {
            u.decideEligible(4, UpgradePath.PROVINCE);
            upgTo4.explain(u, u, u.getFourStarThreshold(), u.getUpgradeBasis());
        }
        // UPG-TO-4-DISTRICT: UpgradeFact( hasCertificate, stars == 3, producerEligible, heldLongEnough, districtPath,
        //   $threshold : districtForwardThreshold, $basis : upgradeBasis )
        if (u.isHasCertificate() && u.getStars() == 3 && u.isProducerEligible() && u.isHeldLongEnough()
                && u.isDistrictPath()) {
            u.decideEligible(4, UpgradePath.DISTRICT_THEN_PROVINCE);
            upgTo4District.explain(u, u, u.getDistrictForwardThreshold(), u.getUpgradeBasis());
        }
        // UPG-TO-5: UpgradeFact( hasCertificate, stars == 4, producerEligible, heldLongEnough,
        //   $threshold : centralThreshold, $basis : upgradeBasis, $central : centralBasis,
        //   $fallback : centralFallbackBasis )
        if (u.isHasCertificate() && u.getStars() == 4 && u.isProducerEligible() && u.isHeldLongEnough()) {
            u.decideEligible(5, UpgradePath.PROVINCE_THEN_CENTRAL);
            upgTo5.explain(u, u, u.getCentralThreshold(), u.getUpgradeBasis(), u.getCentralBasis(),
                    u.getCentralFallbackBasis());
        }
        // UPG-GAP: UpgradeFact( hasCertificate, stars < 5, producerEligible, heldLongEnough, gap != null,
        //   $gap : gap, $next : gap.targetStars, $basis : upgradeBasis )
        if (u.isHasCertificate() && u.getStars() < 5 && u.isProducerEligible() && u.isHeldLongEnough()
                && u.getGap() != null) {
            Gap gap = u.getGap();
            upgGap.explain(u, u, gap, gap.targetStars(), u.getUpgradeBasis());
        }
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> l = list == null ? new ArrayList<>(1) : list;
        l.add(item);
        return l;
    }
}
