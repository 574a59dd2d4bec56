package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say about a portfolio as a whole on a date, beyond its products: the rural
 * industrial product awards (CNNTTB), the OCOP sales points, and the programme's calendar (the
 * next evaluation rounds, and the reports a provincial rule set makes due). Immutable.
 *
 * @param asOf        the date judged
 * @param cnnttb      every CNNTTB award issued on or before the date, in the portfolio's order
 * @param salesPoints every sales point, in the portfolio's order
 * @param schedule    the actions due, earliest first
 * @param ruleBase    which rules and files produced it
 */
public record ProgrammeAssessment(LocalDate asOf, List<CnnttbStatus> cnnttb, List<SalesPointStatus> salesPoints,
        List<ScheduledAction> schedule, RuleBaseInfo ruleBase) {

    public ProgrammeAssessment {
        cnnttb = ImmutableList.copyOf(cnnttb);
        salesPoints = ImmutableList.copyOf(salesPoints);
        schedule = ImmutableList.copyOf(schedule);
    }
}
