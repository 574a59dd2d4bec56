package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * What a reload did: on success, the rule base now in service; on failure, every problem found
 * in the files and the rule base that stays in service.
 *
 * @param succeeded true when the new rule base was swapped in
 * @param before    the rule base in service before the reload
 * @param after     the rule base in service after it (the new one on success, {@code before} on failure)
 * @param problems  the problems, each with file, line and key; empty on success
 */
public record ReloadEvent(boolean succeeded, RuleBaseInfo before, RuleBaseInfo after, List<Problem> problems) {
    public ReloadEvent {
        problems = ImmutableList.copyOf(problems);
    }

    static ReloadEvent success(RuleBaseInfo before, RuleBaseInfo after) {
        return new ReloadEvent(true, before, after, List.of());
    }

    static ReloadEvent failure(RuleBaseInfo before, List<Problem> problems) {
        return new ReloadEvent(false, before, before, problems);
    }

    /** The first problem, if any. */
    public Optional<Problem> firstProblem() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }
}
