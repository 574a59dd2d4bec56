package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationKind;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.EventKind;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.LocalizedText;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.rulebook.LoadedRulebook;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebook.GraceScope;
import vn.ocop.core.rulebook.Rulebook.RevokingRule;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.LifecycleState;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.Party;
import vn.ocop.rules.Reason;
import vn.ocop.rules.WindowState;

/**
 * One certificate on one date, as the lifecycle rules see it. Date arithmetic is done here (the
 * term from the rulebook it was issued under, 26/2026 Điều 12.1; windows and grace from the
 * rulebook in force on the as-of date); {@code lifecycle.drl} decides the state, the mark, the
 * authority and what is due.
 */
public final class CertificateFact implements Explained {
    private Map<String, Object> messageValues;
    private final Certificate certificate;
    private final Rulebook issuedUnder;
    private final Rulebook inForce;
    private final LocalDate asOf;
    private final LocalDate expiry;
    private final long daysLeft;
    private final String supersededBy;
    private final LocalDate revokedOn;
    private final LocalDate filedOn;
    private final boolean decided;
    private final LocalDate decidedOn;
    private final boolean noticeSent;
    private final boolean districtLevelGone;
    /** The re-evaluation filing window of the period in force around this certificate's expiry; null without one. */
    private final LocalDate windowOpens;
    private final LocalDate windowCloses;

    // decision, written by consequences
    private LifecycleState state = LifecycleState.VALID;
    private WindowState window = WindowState.NOT_APPLICABLE;
    private boolean markUsable;
    private Authority authority;
    private LocalDate graceUntil;
    private final List<DueAction> actions = new ArrayList<>(2);
    private final List<Reason> reasons = new ArrayList<>(4);

    private final boolean practiceEnabled;
    private ExpiredPracticeCase practice;

    public CertificateFact(ProductRecord record, Certificate certificate, LocalDate asOf, RuleData data) {
        this.certificate = certificate;
        this.practiceEnabled = data.practice148();
        this.asOf = asOf;
        LoadedRulebook issued = certificate.rulebook()
                .map(id -> data.rulebooks().byId(id).orElseThrow(() -> new IllegalArgumentException(
                        "certificate " + certificate.number() + " names rulebook '" + id + "', which does not exist; known: "
                                + data.rulebooks().all().stream().map(LoadedRulebook::id).toList())))
                .orElseGet(() -> data.rulebooks().forDate(certificate.decisionDate()));
        this.issuedUnder = issued.rulebook();
        this.inForce = data.rulebooks().forDate(asOf).rulebook();
        this.expiry = certificate.decisionDate().plusMonths(issuedUnder.certificate().termMonths());
        this.daysLeft = ChronoUnit.DAYS.between(asOf, expiry);

        String newer = null;
        LocalDate newerDate = null;
        for (Certificate c : record.certificates()) {
            if (c != certificate && c.decisionDate().isAfter(certificate.decisionDate()) && !c.decisionDate().isAfter(asOf)
                    && (newerDate == null || c.decisionDate().isBefore(newerDate))) {
                newer = c.number();
                newerDate = c.decisionDate();
            }
        }
        this.supersededBy = newer;
        this.revokedOn = record.history().latest(certificate.number(), EventKind.REVOKED, asOf)
                .map(CertificateEvent::date).orElse(null);
        this.noticeSent = record.history().latest(certificate.number(), EventKind.NOTICE_SENT, asOf).isPresent();

        // a re-evaluation is filed by an event or by a re-evaluation dossier after the decision
        final LocalDate filedEvent = record.history()
                .latest(certificate.number(), EventKind.RE_EVALUATION_FILED, asOf).map(CertificateEvent::date).orElse(null);
        LocalDate filed = filedEvent;
        // the certificate stays in force "đến ngày có kết quả xử lý": through the result day itself, so a
        // result counts from the day after it
        Optional<CertificateEvent> result = record.history()
                .latest(certificate.number(), EventKind.RE_EVALUATED, asOf.minusDays(1))
                .filter(e -> filedEvent != null && !e.date().isBefore(filedEvent));
        boolean isDecided = result.isPresent();
        LocalDate decidedDate = result.map(CertificateEvent::date).orElse(null);
        // the latest re-evaluation dossier filed after the decision (and after any filing event); several
        // evaluations filed on that day are one dossier at several levels (the commune's pre-assessment, the
        // province's evaluation): it is decided when all of them are, on the last of their decision dates,
        // whatever order they are given in
        LocalDate dossierFiled = null;
        boolean dossierDecided = false;
        LocalDate dossierDecidedOn = null;
        for (Evaluation e : record.evaluations()) {
            if (e.kind() != EvaluationKind.RE_EVALUATION || !e.filingDate().isAfter(certificate.decisionDate())
                    || e.filingDate().isAfter(asOf) || (filed != null && !e.filingDate().isAfter(filed))
                    || (dossierFiled != null && e.filingDate().isBefore(dossierFiled))) {
                continue;
            }
            boolean eDecided = e.decisionDate().filter(d -> d.isBefore(asOf)).isPresent();
            if (dossierFiled == null || e.filingDate().isAfter(dossierFiled)) {
                dossierFiled = e.filingDate();
                dossierDecided = eDecided;
                dossierDecidedOn = eDecided ? e.decisionDate().get() : null;
            } else {
                dossierDecided = dossierDecided && eDecided;
                dossierDecidedOn = dossierDecided && e.decisionDate().get().isAfter(dossierDecidedOn)
                        ? e.decisionDate().get() : dossierDecidedOn;
            }
        }
        if (dossierFiled != null) {
            filed = dossierFiled;
            isDecided = dossierDecided;
            decidedDate = dossierDecided ? dossierDecidedOn : null;
        }
        this.filedOn = filed;
        this.decided = isDecided;
        this.decidedOn = decidedDate;
        this.districtLevelGone = !inForce.levels().containsKey(EvaluationLevel.DISTRICT)
                || inForce.districtLevelUntil().map(asOf::isAfter).orElse(false);
        Optional<Rulebook.FilingWindow> w = inForce.reEvaluation().filingWindow();
        this.windowOpens = w.isPresent() ? expiry.minusDays(w.get().earliestDaysBeforeExpiry()) : null;
        this.windowCloses = w.isPresent() ? expiry.minusDays(w.get().latestDaysBeforeExpiry()) : null;
    }

    // ------------------------------------------------------------------ facts read by the rules

    public String getNumber() {
        return certificate.number();
    }

    public int getStars() {
        return certificate.stars();
    }

    public LocalDate getDecisionDate() {
        return certificate.decisionDate();
    }

    public boolean isNotYetIssued() {
        return asOf.isBefore(certificate.decisionDate());
    }

    public boolean isRevoked() {
        return revokedOn != null;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public boolean isSuperseded() {
        return supersededBy != null;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    /** Issued, not revoked, not superseded: the certificate that stands for the product. */
    public boolean isStanding() {
        return !isNotYetIssued() && revokedOn == null && supersededBy == null;
    }

    /** The first day the certificate is no longer valid by its term. */
    public LocalDate getExpiryDate() {
        return expiry;
    }

    public long getDaysLeft() {
        return daysLeft;
    }

    /** The as-of date is on or after the expiry date. */
    public boolean isPastExpiry() {
        return daysLeft <= 0;
    }

    public long getDaysPastExpiry() {
        return -daysLeft;
    }

    public int getTermMonths() {
        return issuedUnder.certificate().termMonths();
    }

    public LegalBasis getTermBasis() {
        return issuedUnder.certificate().basis();
    }

    /** Issued under an earlier period than the one in force. */
    public boolean isIssuedUnderEarlierPeriod() {
        return !issuedUnder.id().equals(inForce.id());
    }

    public String getIssuedUnderDecision() {
        return issuedUnder.decision();
    }

    private static final LegalBasis MARK_USE = LegalBasis.parse("1162/QĐ-VPĐP-OCOP, Điều 5");

    /**
     * The rule on using the "OCOP Việt Nam" certification mark: only products whose recognition
     * stands may carry it (QĐ 1162/QĐ-VPĐP-OCOP Điều 5).
     */
    public LegalBasis getMarkBasis() {
        return MARK_USE;
    }

    /** The provision under which a newer recognition (upgrade or re-evaluation) replaces this one. */
    public LegalBasis getSupersedeBasis() {
        return inForce.upgrade().basis();
    }

    public LocalDate getLastValidDay() {
        return expiry.minusDays(1);
    }

    public LegalBasis getExistingCertificatesBasis() {
        return inForce.transition().existingCertificates();
    }

    // re-evaluation filing window (period in force)

    public boolean isHasWindow() {
        return inForce.reEvaluation().filingWindow().isPresent();
    }

    public int getWindowEarliestDays() {
        return inForce.reEvaluation().filingWindow().map(Rulebook.FilingWindow::earliestDaysBeforeExpiry).orElse(0);
    }

    public int getWindowLatestDays() {
        return inForce.reEvaluation().filingWindow().map(Rulebook.FilingWindow::latestDaysBeforeExpiry).orElse(0);
    }

    public LocalDate getWindowOpens() {
        return windowOpens;
    }

    public LocalDate getWindowCloses() {
        return windowCloses;
    }

    public LegalBasis getWindowBasis() {
        return inForce.reEvaluation().filingWindow().map(Rulebook.FilingWindow::basis).orElse(null);
    }

    public boolean isReEvaluationFiled() {
        return filedOn != null;
    }

    /**
     * Filed before the filing window opened (26/2026 Điều 7.6.a: "không sớm hơn 180 ngày"), while the
     * period that sets the window was in force (a filing made under 148, which had no window, is not
     * judged by it).
     */
    public boolean isFiledTooEarly() {
        return filedOn != null && isHasWindow() && !filedOn.isBefore(inForce.effectiveFrom())
                && filedOn.isBefore(getWindowOpens());
    }

    /** Filed, and not before the window opened (when there is one). */
    public boolean isValidlyFiled() {
        return filedOn != null && !isFiledTooEarly();
    }

    /** The day the re-evaluation was decided, when it was (before the as-of date). */
    public LocalDate getReEvaluatedOn() {
        return decidedOn;
    }

    /**
     * A re-evaluation filed before the period in force took effect and finishing under the old rules,
     * within the period's limit (26/2026 Điều 12.2.b: 30 days from 22 May 2026).
     */
    public boolean isInFlightReEvaluation() {
        Rulebook.InFlight f = inForce.transition().inFlight();
        return filedOn != null && filedOn.isBefore(inForce.effectiveFrom())
                && f.selectBy() == Rulebook.DossierSelection.FILING_DATE && f.reEvaluationDays().isPresent();
    }

    public LocalDate getInFlightDeadline() {
        return inForce.effectiveFrom().plusDays(inForce.transition().inFlight().reEvaluationDays().orElse(0));
    }

    public LegalBasis getInFlightBasis() {
        return inForce.transition().inFlight().basis();
    }

    /**
     * The first day the OCOP mark may no longer be used: the expiry date, or, when a pending
     * re-evaluation kept the certificate in force past it and was then decided without a new
     * certificate, the day after the result.
     */
    public LocalDate getMarkEndDate() {
        if (decidedOn != null && !decidedOn.isBefore(expiry) && isHasGrace() && isGraceScopeCovers()
                && isFiledBeforeExpiry() && !decidedOn.isAfter(getGraceLastDay())) {
            return decidedOn.plusDays(1);
        }
        return expiry;
    }

    /** The basis of the re-evaluation procedure in force: the filing window, or else the expiry notice. */
    public LegalBasis getReEvaluationBasis() {
        return inForce.reEvaluation().filingWindow().map(Rulebook.FilingWindow::basis)
                .or(() -> inForce.reEvaluation().notice().map(Rulebook.Notice::basis))
                .orElse(issuedUnder.certificate().basis());
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    /** Filed and not yet decided on the as-of date. */
    public boolean isReEvaluationPending() {
        return filedOn != null && !decided;
    }

    public LegalBasis getDecisionDaysBasis() {
        return inForce.reEvaluation().decisionDays().map(Rulebook.Days::basis).orElse(inForce.certificate().basis());
    }

    public int getDecisionDays() {
        return inForce.reEvaluation().decisionDays().map(Rulebook.Days::days).orElse(0);
    }

    // grace (period in force)

    public boolean isHasGrace() {
        return inForce.reEvaluation().grace().isPresent();
    }

    /**
     * The grace's scope covers this certificate: its filing window closed before the period took
     * effect (default reading), or it was filed after its window (the wider reading).
     */
    public boolean isGraceScopeCovers() {
        Optional<Rulebook.Grace> g = inForce.reEvaluation().grace();
        if (g.isEmpty() || !isHasWindow()) {
            return false;
        }
        LocalDate closes = getWindowCloses();
        if (expiry.isBefore(inForce.effectiveFrom())) {
            // a certificate that lapsed before the decision took effect cannot "continue in force" under it
            return false;
        }
        return g.get().appliesTo() == GraceScope.WINDOW_CLOSED_BEFORE_EFFECTIVE
                ? closes.isBefore(inForce.effectiveFrom())
                : filedOn != null && filedOn.isAfter(closes);
    }

    /** Validly filed before the expiry date (a filing after expiry, or too early, keeps nothing alive). */
    public boolean isFiledBeforeExpiry() {
        return isValidlyFiled() && filedOn.isBefore(expiry);
    }

    public int getGraceDays() {
        return inForce.reEvaluation().grace().map(Rulebook.Grace::maxDaysAfterExpiry).orElse(0);
    }

    /** The last day of grace: expiry date + the grace days (the first day is not counted). */
    public LocalDate getGraceLastDay() {
        return expiry.plusDays(getGraceDays());
    }

    public LegalBasis getGraceBasis() {
        return inForce.reEvaluation().grace().map(Rulebook.Grace::basis).orElse(null);
    }

    // notice (148)

    public boolean isHasNotice() {
        return inForce.reEvaluation().notice().isPresent();
    }

    public int getNoticeDays() {
        return inForce.reEvaluation().notice().map(Rulebook.Notice::daysBeforeExpiry).orElse(0);
    }

    public LocalDate getNoticeBy() {
        return expiry.minusDays(getNoticeDays());
    }

    public boolean isNoticeSent() {
        return noticeSent;
    }

    /**
     * Who sends the expiry notice: the issuing body, or for a district certificate after the district
     * level was abolished, the provincial chairman (assumption district-certificates).
     */
    public Authority getNoticeBody() {
        return isIssuedByDistrict() && districtLevelGone ? Authority.PROVINCIAL_PEOPLES_COMMITTEE
                : certificate.authority();
    }

    public LegalBasis getNoticeBasis() {
        return inForce.reEvaluation().notice().map(Rulebook.Notice::basis).orElse(null);
    }

    // authority

    public RevokingRule getAuthorityRule() {
        return inForce.revocation().authority();
    }

    public Authority getAuthorityByStars() {
        return inForce.revocation().byStars().get(certificate.stars()).authority();
    }

    public LegalBasis getAuthorityByStarsBasis() {
        return inForce.revocation().byStars().get(certificate.stars()).basis();
    }

    public Authority getIssuingAuthority() {
        return certificate.authority();
    }

    public boolean isIssuedByDistrict() {
        return certificate.level() == EvaluationLevel.DISTRICT;
    }

    /** On the as-of date the district level no longer exists (1 July 2025). */
    public boolean isDistrictLevelGone() {
        return districtLevelGone;
    }

    /**
     * The provisions behind the provincial chairman taking over district certificates: the table by
     * stars of the period in force when it names the province, else 1489/QĐ-TTg.
     */
    public LegalBasis getDistrictCertificatesBasis() {
        Rulebook.RevokingBody b = inForce.revocation().byStars().get(certificate.stars());
        return inForce.revocation().authority() == RevokingRule.BY_STARS
                && b.authority() == Authority.PROVINCIAL_PEOPLES_COMMITTEE ? b.basis() : DISTRICT_REFORM;
    }

    private static final LegalBasis DISTRICT_REFORM =
            LegalBasis.parse("1489/QĐ-TTg, Điều 1 (sửa đổi khoản 1 Phụ lục II Quyết định 148/QĐ-TTg)");

    public String getInForceId() {
        return inForce.id();
    }

    public String getInForceDecision() {
        return inForce.decision();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Whether the certificate stood on the as-of date by the same conditions the lifecycle rules
     * state for VALID and IN_GRACE (LIF-VALID, LIF-GRACE); used by the revocation rules, which need
     * to know whether there was a certificate to revoke on a finding's date.
     */
    public boolean isInForceByFacts() {
        if (!isStanding()) {
            return false;
        }
        return !isPastExpiry() || (isHasGrace() && isGraceScopeCovers() && isFiledBeforeExpiry()
                && isReEvaluationPending() && getDaysPastExpiry() <= getGraceDays());
    }

    /** The province switched on the revocation grounds of its practice under 148. */
    public boolean isPracticeEnabled() {
        return practiceEnabled;
    }

    /** The period in force has a national list of revocation grounds. */
    public boolean isNationalGroundsInForce() {
        return inForce.revocation().nationalGrounds();
    }

    /** The revocation case of an expired certificate under the 148 practice rule set (created on first use). */
    public RevocationCase practiceCase() {
        if (practice == null) {
            practice = new ExpiredPracticeCase(this);
        }
        return practice;
    }

    /** The practice revocation proposed for this certificate, if any. */
    public Optional<vn.ocop.rules.RevocationDecision> practiceRevocation() {
        return practice == null ? Optional.empty() : Optional.of(practice.toDecision());
    }

    // ------------------------------------------------------------------ decisions

    public void decideState(LifecycleState s, boolean mark) {
        state = s;
        markUsable = mark;
    }

    public void decideGrace(LocalDate lastDay) {
        state = LifecycleState.IN_GRACE;
        markUsable = true;
        graceUntil = lastDay;
    }

    public void decideWindow(WindowState w) {
        window = w;
    }

    public void decideAuthority(Authority a) {
        authority = a;
    }

    /** Adds what is due. */
    public void due(Party party, Authority who, String vi, String en, LocalDate from, LocalDate by, LegalBasis basis) {
        actions.add(new DueAction(party, Optional.ofNullable(who), LocalizedText.of(vi, en), Optional.ofNullable(from),
                Optional.ofNullable(by), basis));
    }

    public Authority getDecidedAuthority() {
        return authority;
    }

    // ------------------------------------------------------------------ Explained

    @Override
    public Rulebook rulebook() {
        return inForce;
    }

    @Override
    public void explain(Reason reason) {
        if (reason.topic() == vn.ocop.rules.Topic.REVOCATION && practice != null) {
            practice.explain(reason);
        } else {
            reasons.add(reason);
        }
    }

    @Override
    public Map<String, Object> messageValues() {
        Map<String, Object> m = messageValues;
        if (m == null) {
            m = Map.of("number", certificate.number(), "expiry", expiry, "stars", certificate.stars());
            messageValues = m;
        }
        return m;
    }

    public Certificate certificate() {
        return certificate;
    }

    public LifecycleState state() {
        return state;
    }

    public LifecycleStatus toStatus() {
        return new LifecycleStatus(certificate.number(), certificate.stars(), issuedUnder.id(), inForce.id(), state,
                expiry, daysLeft, window, Optional.ofNullable(getWindowOpens()), Optional.ofNullable(getWindowCloses()),
                Optional.ofNullable(graceUntil), markUsable, Optional.ofNullable(authority),
                Optional.ofNullable(supersededBy), actions, reasons);
    }
}
