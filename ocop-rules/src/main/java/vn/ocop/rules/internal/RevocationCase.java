package vn.ocop.rules.internal;

import java.time.LocalDate;
import vn.ocop.core.Authority;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.rulebook.Rulebook.RevokingRule;
import vn.ocop.rules.RevocationGround;

/**
 * What the revocation authority rules need from a case: a finding, or (in provincial practice
 * under 148) an expired certificate.
 */
public interface RevocationCase extends Explained {
    RevokingRule getAuthorityRule();

    Authority getAuthorityByStars();

    LegalBasis getAuthorityByStarsBasis();

    Authority getIssuingAuthority();

    boolean isIssuedByDistrict();

    boolean isDistrictLevelGone();

    LegalBasis getExistingCertificatesBasis();

    /** The provisions behind the provincial chairman taking over district certificates. */
    LegalBasis getDistrictCertificatesBasis();

    void decideGround(RevocationGround ground);

    void decideAuthority(Authority authority);

    void decideDeadline(LocalDate deadline);
}
