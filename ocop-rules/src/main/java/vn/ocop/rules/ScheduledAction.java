package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A programme-level action with a date: the next evaluation round, a report due.
 *
 * @param action  who must do what, by when, on which basis
 * @param reasons the rule that scheduled it, with citations
 */
public record ScheduledAction(DueAction action, List<Reason> reasons) {

    public ScheduledAction {
        reasons = ImmutableList.copyOf(reasons);
    }
}
