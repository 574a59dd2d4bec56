package vn.ocop.core;

import java.util.Optional;

/**
 * A product sold at an OCOP sales point, and on what basis.
 *
 * @param name        the product as shelved
 * @param basis       why it may be sold there
 * @param productCode for {@link ShelfBasis#OCOP}: the OCOP product (its certificate is checked on the date)
 * @param award       for {@link ShelfBasis#CNNTTB}: the number of its CNNTTB award
 */
public record ShelfItem(String name, ShelfBasis basis, Optional<String> productCode, Optional<String> award) {

    public ShelfItem {
        Check.notBlank(name, "shelfItem.name");
        Check.notNull(basis, "shelfItem.basis");
        productCode = productCode == null ? Optional.empty() : productCode;
        award = award == null ? Optional.empty() : award;
        if (basis == ShelfBasis.OCOP && productCode.isEmpty()) {
            throw new IllegalArgumentException("shelfItem.productCode is required when basis is OCOP (the certificate "
                    + "of that product is checked), but was missing for '" + name + "'");
        }
        if (basis == ShelfBasis.CNNTTB && award.isEmpty()) {
            throw new IllegalArgumentException("shelfItem.award is required when basis is CNNTTB (the award is "
                    + "checked), but was missing for '" + name + "'");
        }
    }
}
