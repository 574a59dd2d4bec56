package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.Finding;
import vn.ocop.core.FindingKind;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebook.RevokingRule;
import vn.ocop.rules.Reason;
import vn.ocop.rules.RevocationDecision;
import vn.ocop.rules.RevocationGround;

/**
 * One finding, as the revocation rules see it: what was found, on which date, under which
 * rulebook (the one in force on the finding's date), and the certificate that stood then.
 * {@code revocation.drl} (and the optional {@code revocation-practice-148.drl}) decide the
 * ground, the authority and the deadline.
 */
public final class FindingFact implements Explained, RevocationCase {
    private Map<String, Object> messageValues;
    private final Finding finding;
    private final Rulebook rulebook;
    private final Certificate certificate;
    private final CertificateFact certificateOnDate;
    private final boolean practiceEnabled;

    private boolean proposed;
    private RevocationGround ground;
    private Authority authority;
    private LocalDate deadline;
    private final List<Reason> reasons = new ArrayList<>(4);

    public FindingFact(ProductRecord record, Finding finding, RuleData data) {
        this.finding = finding;
        this.rulebook = data.rulebooks().forDate(finding.date()).rulebook();
        this.practiceEnabled = data.practice148();
        Certificate cert = null;
        if (finding.certificateNumber().isPresent()) {
            String n = finding.certificateNumber().get();
            cert = record.certificates().stream().filter(c -> c.number().equals(n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("finding " + finding.id() + " names certificate '"
                            + n + "', which is not a certificate of product " + record.product().code()));
        } else {
            cert = record.certificates().stream().filter(c -> !c.decisionDate().isAfter(finding.date()))
                    .max(Comparator.comparing(Certificate::decisionDate)).orElse(null);
        }
        this.certificate = cert;
        this.certificateOnDate = cert == null ? null : new CertificateFact(record, cert, finding.date(), data);
    }

    // ------------------------------------------------------------------ facts read by the rules

    public String getFindingId() {
        return finding.id();
    }

    public FindingKind getKind() {
        return finding.kind();
    }

    public LocalDate getDate() {
        return finding.date();
    }

    public String getBody() {
        return finding.body();
    }

    /** A certificate of the product stood on the finding's date (issued, not revoked or replaced, in term or grace). */
    public boolean isHasCertificate() {
        return certificateOnDate != null && certificateOnDate.isInForceByFacts();
    }

    public String getCertificateNumber() {
        return certificate == null ? null : certificate.number();
    }

    public int getStars() {
        return certificate == null ? 0 : certificate.stars();
    }

    /** The period in force on the finding's date has a national list of grounds (26/2026 Điều 8.1). */
    public boolean isNationalGrounds() {
        return rulebook.revocation().nationalGrounds();
    }

    /** The province switched on the grounds of its practice under 148. */
    public boolean isPracticeEnabled() {
        return practiceEnabled;
    }

    public boolean isHasDeadline() {
        return rulebook.revocation().deadline().isPresent();
    }

    public int getDeadlineDays() {
        return rulebook.revocation().deadline().map(Rulebook.Days::days).orElse(0);
    }

    /** The finding's date + the deadline days (the first day is not counted). */
    public LocalDate getDeadline() {
        return isHasDeadline() ? finding.date().plusDays(getDeadlineDays()) : null;
    }

    public LegalBasis getDeadlineBasis() {
        return rulebook.revocation().deadline().map(Rulebook.Days::basis).orElse(null);
    }

    @Override
    public RevokingRule getAuthorityRule() {
        return rulebook.revocation().authority();
    }

    @Override
    public Authority getAuthorityByStars() {
        return certificate == null ? null : rulebook.revocation().byStars().get(certificate.stars()).authority();
    }

    @Override
    public LegalBasis getAuthorityByStarsBasis() {
        return certificate == null ? rulebook.certification().basis()
                : rulebook.revocation().byStars().get(certificate.stars()).basis();
    }

    @Override
    public Authority getIssuingAuthority() {
        return certificate == null ? null : certificate.authority();
    }

    @Override
    public boolean isIssuedByDistrict() {
        return certificate != null && certificate.level() == EvaluationLevel.DISTRICT;
    }

    @Override
    public boolean isDistrictLevelGone() {
        return certificateOnDate != null && certificateOnDate.isDistrictLevelGone();
    }

    @Override
    public LegalBasis getExistingCertificatesBasis() {
        return rulebook.transition().existingCertificates();
    }

    /** The certificate term provision of the period: what "a certificate stood" rests on. */
    public LegalBasis getTermBasis() {
        return rulebook.certificate().basis();
    }

    @Override
    public LegalBasis getDistrictCertificatesBasis() {
        return certificateOnDate == null ? rulebook.certification().basis()
                : certificateOnDate.getDistrictCertificatesBasis();
    }

    public String getDecision() {
        return rulebook.decision();
    }

    // ------------------------------------------------------------------ decisions

    @Override
    public void decideGround(RevocationGround g) {
        proposed = true;
        ground = g;
    }

    @Override
    public void decideAuthority(Authority a) {
        authority = a;
    }

    @Override
    public void decideDeadline(LocalDate d) {
        deadline = d;
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
            m = Map.of("finding", finding.id(), "date", finding.date(), "body", finding.body(), "kind",
                finding.kind().label(), "decision", rulebook.decision());
            messageValues = m;
        }
        return m;
    }

    public RevocationDecision toDecision() {
        return new RevocationDecision(Optional.of(finding.id()), Optional.ofNullable(getCertificateNumber()), proposed,
                Optional.ofNullable(ground), Optional.ofNullable(authority), Optional.ofNullable(deadline),
                rulebook.id(), reasons);
    }
}
