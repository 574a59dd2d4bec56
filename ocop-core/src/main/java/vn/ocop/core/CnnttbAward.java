package vn.ocop.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A rural industrial product award (sản phẩm công nghiệp nông thôn tiêu biểu, CNNTTB): a second
 * certification scheme, run by the Ministry of Industry and Trade, that provincial reports count
 * alongside OCOP (seed 004: 160 provincial, 42 regional and 17 national awards in Quảng Ngãi).
 *
 * @param number        the award's (certificate's) number, unique in the portfolio
 * @param level         provincial, regional or national
 * @param productName   the product as named in the award
 * @param producerName  who makes it
 * @param productCode   the OCOP product it is, when the same product is also in the OCOP programme
 * @param issuedOn      the date of the award decision
 * @param basedOn       for regional and national awards: the number of the lower-level award it was given on
 */
public record CnnttbAward(String number, CnnttbLevel level, String productName, String producerName,
        Optional<String> productCode, LocalDate issuedOn, Optional<String> basedOn) {

    public CnnttbAward {
        Check.notBlank(number, "cnnttbAward.number");
        Check.notNull(level, "cnnttbAward.level");
        Check.notBlank(productName, "cnnttbAward.productName");
        producerName = producerName == null ? "" : producerName;
        productCode = productCode == null ? Optional.empty() : productCode;
        Check.notNull(issuedOn, "cnnttbAward.issuedOn");
        basedOn = basedOn == null ? Optional.empty() : basedOn;
        if (level == CnnttbLevel.PROVINCE && basedOn.isPresent()) {
            throw new IllegalArgumentException("cnnttbAward.basedOn: a provincial award rests on no lower award, but "
                    + "names '" + basedOn.get() + "'");
        }
        if (basedOn.isPresent() && basedOn.get().equals(number)) {
            throw new IllegalArgumentException("cnnttbAward.basedOn: an award cannot rest on itself ('" + number + "')");
        }
    }
}
