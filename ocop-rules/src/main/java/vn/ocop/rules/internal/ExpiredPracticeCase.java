package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.Authority;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebook.RevokingRule;
import vn.ocop.rules.Reason;
import vn.ocop.rules.RevocationDecision;
import vn.ocop.rules.RevocationGround;

/**
 * A revocation case with no finding: an expired certificate that a province revokes formally
 * under its practice before 26/2026 (Đồng Tháp revoked 41 products not re-evaluated within 36
 * months). Only the optional 148 practice rule set creates one.
 */
final class ExpiredPracticeCase implements RevocationCase {
    private final CertificateFact certificate;
    private RevocationGround ground;
    private Authority authority;
    private LocalDate deadline;
    private final List<Reason> reasons = new ArrayList<>(3);

    ExpiredPracticeCase(CertificateFact certificate) {
        this.certificate = certificate;
    }

    @Override
    public RevokingRule getAuthorityRule() {
        return certificate.getAuthorityRule();
    }

    @Override
    public Authority getAuthorityByStars() {
        return certificate.getAuthorityByStars();
    }

    @Override
    public LegalBasis getAuthorityByStarsBasis() {
        return certificate.getAuthorityByStarsBasis();
    }

    @Override
    public Authority getIssuingAuthority() {
        return certificate.getIssuingAuthority();
    }

    @Override
    public boolean isIssuedByDistrict() {
        return certificate.isIssuedByDistrict();
    }

    @Override
    public boolean isDistrictLevelGone() {
        return certificate.isDistrictLevelGone();
    }

    @Override
    public LegalBasis getExistingCertificatesBasis() {
        return certificate.getExistingCertificatesBasis();
    }

    @Override
    public LegalBasis getDistrictCertificatesBasis() {
        return certificate.getDistrictCertificatesBasis();
    }

    @Override
    public void decideGround(RevocationGround g) {
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

    @Override
    public Rulebook rulebook() {
        return certificate.rulebook();
    }

    @Override
    public void explain(Reason reason) {
        reasons.add(reason);
    }

    @Override
    public Map<String, Object> messageValues() {
        return certificate.messageValues();
    }

    RevocationDecision toDecision() {
        return new RevocationDecision(Optional.empty(), Optional.of(certificate.getNumber()), ground != null,
                Optional.ofNullable(ground), Optional.ofNullable(authority), Optional.ofNullable(deadline),
                certificate.getInForceId(), reasons);
    }
}
