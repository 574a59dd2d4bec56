package vn.ocop.rules.scenario;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import vn.ocop.rules.Assessment;

/**
 * The outcome of one case.
 *
 * @param scenario    the case
 * @param differences each expected value the library did not give, in plain words; empty when the case passes
 * @param assessment  what the library gave (empty when it could not assess the facts)
 */
public record CaseResult(LoadedScenario scenario, List<String> differences, Optional<Assessment> assessment) {
    public CaseResult {
        differences = ImmutableList.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }
}
