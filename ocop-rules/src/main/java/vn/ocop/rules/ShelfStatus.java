package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.ShelfBasis;

/**
 * Whether a product on a sales point's shelf qualifies on a date (Decision 950/QĐ-BCT).
 *
 * @param name        the product as shelved
 * @param basis       the basis it is shelved on
 * @param productCode the OCOP product, when shelved as OCOP
 * @param award       the CNNTTB award, when shelved as CNNTTB
 * @param qualifies   whether it may be sold there on the date
 * @param problem     why not, when it does not
 * @param reasons     why, with citations
 */
public record ShelfStatus(String name, ShelfBasis basis, Optional<String> productCode, Optional<String> award,
        boolean qualifies, Optional<ShelfProblem> problem, List<Reason> reasons) {

    public ShelfStatus {
        reasons = ImmutableList.copyOf(reasons);
    }
}
