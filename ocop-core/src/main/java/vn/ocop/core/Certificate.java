package vn.ocop.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A recognition decision and its certificate (quyết định công nhận, giấy chứng nhận kết quả phân
 * hạng sản phẩm OCOP). Only 3★ to 5★ products are certified (26/2026/QĐ-TTg Điều 4.1.a).
 *
 * @param number          certificate number; unique in a portfolio
 * @param productCode     the product certified
 * @param stars           3, 4 or 5
 * @param level           the level that issued it
 * @param authority       who signed the decision
 * @param decisionNumber  the recognition decision's number, e.g. {@code 1898/QĐ-UBND}
 * @param decisionDate    the day the decision was issued; the 36-month term runs from it
 * @param rulebook        the id of the rulebook it was issued under (e.g. {@code QD148_2023}); when empty the
 *                        rulebook in force on the decision date is used
 */
public record Certificate(String number, String productCode, int stars, EvaluationLevel level, Authority authority,
        String decisionNumber, LocalDate decisionDate, Optional<String> rulebook) {

    public Certificate {
        Check.notBlank(number, "certificate.number");
        Check.notBlank(productCode, "certificate.productCode");
        Check.between(stars, 3, 5, "certificate.stars");
        Check.notNull(level, "certificate.level");
        Check.notNull(authority, "certificate.authority");
        Check.notBlank(decisionNumber, "certificate.decisionNumber");
        Check.notNull(decisionDate, "certificate.decisionDate");
        rulebook = rulebook == null ? Optional.empty() : rulebook;
        if (level == EvaluationLevel.COMMUNE) {
            throw new IllegalArgumentException("certificate.level must be DISTRICT, PROVINCE or CENTRAL, but was "
                    + "COMMUNE: communes do not certify");
        }
    }

    public Certificate(String number, String productCode, int stars, EvaluationLevel level, Authority authority,
            String decisionNumber, LocalDate decisionDate) {
        this(number, productCode, stars, level, authority, decisionNumber, decisionDate, Optional.empty());
    }
}
