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
 * @param programme            the programme-level results (awards, shelves, schedule), when the case expects them
 */
public record CaseResult(LoadedScenario scenario, List<LocalizedText> localizedDifferences,
        Optional<Assessment> assessment, Optional<vn.ocop.rules.ProgrammeAssessment> programme) {
    public CaseResult {
        localizedDifferences = ImmutableList.copyOf(localizedDifferences);
        programme = programme == null ? Optional.empty() : programme;
    }

    /** A result without programme-level results. */
    public CaseResult(LoadedScenario scenario, List<LocalizedText> localizedDifferences,
            Optional<Assessment> assessment) {
        this(scenario, localizedDifferences, assessment, Optional.empty());
    }

    /**
     * Every reason the library gave for the case: the product's, then those of the programme-level results
     * (CNNTTB awards, shelf items, scheduled actions) when the case expects them.
     */
    public List<vn.ocop.rules.Reason> reasons() {
        List<vn.ocop.rules.Reason> out = new java.util.ArrayList<>();
        assessment.ifPresent(a -> out.addAll(a.reasons()));
        programme.ifPresent(p -> {
            p.cnnttb().forEach(c -> out.addAll(c.reasons()));
            p.salesPoints().forEach(sp -> sp.items().forEach(i -> out.addAll(i.reasons())));
            p.schedule().forEach(s -> out.addAll(s.reasons()));
        });
        return out;
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
