package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.CnnttbLevel;

/**
 * Where a rural industrial product award (CNNTTB) stands on a date.
 *
 * @param number           the award's number
 * @param level            provincial, regional or national
 * @param productName      the product
 * @param productCode      the OCOP product it is, when linked
 * @param issuedOn         the award's date
 * @param validUntil       its last valid day (31 December of the fourth year, counting the year of issue)
 * @param valid            valid on the date judged
 * @param lowerLevelValid  for regional and national awards: whether the lower-level award it rests on was valid on
 *                         the day it was issued; empty for provincial awards
 * @param reasons          why, with citations
 */
public record CnnttbStatus(String number, CnnttbLevel level, String productName, Optional<String> productCode,
        LocalDate issuedOn, LocalDate validUntil, boolean valid, Optional<Boolean> lowerLevelValid,
        List<Reason> reasons) {

    public CnnttbStatus {
        reasons = ImmutableList.copyOf(reasons);
    }
}
