package vn.ocop.rules.scenario;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.LocalizedText;
import vn.ocop.rules.Assessment;

/**
 * The outcome of one case.
 *
 * @param scenario             the case
 * @param localizedDifferences each expected value the library did not give, in plain words (Vietnamese and
 *                             English); empty when the case passes
 * @param assessment           what the library gave (empty when it could not assess the facts)
 */
public record CaseResult(LoadedScenario scenario, List<LocalizedText> localizedDifferences,
        Optional<Assessment> assessment) {
    public CaseResult {
        localizedDifferences = ImmutableList.copyOf(localizedDifferences);
    }

    /** The differences in English. */
    public List<String> differences() {
        return differences("en");
    }

    /** The differences in {@code language} ({@code vi} or {@code en}). */
    public List<String> differences(String language) {
        return localizedDifferences.stream().map(t -> t.in(language)).toList();
    }

    public boolean passed() {
        return localizedDifferences.isEmpty();
    }
}
