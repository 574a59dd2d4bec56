package vn.ocop.rules.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * Scenario files as JUnit 5 dynamic tests: one container per file, one test per case. A file
 * that cannot be read becomes a failing test naming every problem with its line.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> policy() {
 *     return ScenarioTests.from(Path.of("src/test/resources/scenarios"));
 * }
 * }</pre>
 *
 * <p>Requires {@code org.junit.jupiter:junit-jupiter-api} on the test classpath (an optional
 * dependency of ocop-rules).
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /** Dynamic tests for every scenario file under {@code dir}, run on the built-in rules. */
    public static Stream<DynamicNode> from(Path dir) {
        return from(dir, new ScenarioRunner());
    }

    /** Dynamic tests for every scenario file under {@code dir}, run by {@code runner}. */
    public static Stream<DynamicNode> from(Path dir, ScenarioRunner runner) {
        ScenarioLoader.Result loaded = new ScenarioLoader().loadDirectory(dir);
        List<DynamicNode> nodes = new ArrayList<>();
        Map<String, List<Problem>> problemsByFile = loaded.problems().stream()
                .collect(Collectors.groupingBy(Problem::source, LinkedHashMap::new, Collectors.toList()));
        problemsByFile.forEach((file, problems) -> nodes.add(DynamicTest.dynamicTest(file + " (cannot be read)", () -> {
            throw new AssertionFailedError("scenario file " + file + " has problems:\n"
                    + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        })));
        List<Problem> rules = runner.prepare(loaded.scenarios());
        if (!rules.isEmpty()) {
            nodes.add(DynamicTest.dynamicTest("rules and overrides (cannot be built)", () -> {
                throw new AssertionFailedError("the rule base of these scenarios cannot be built:\n"
                        + rules.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
            }));
            return nodes.stream();
        }
        Map<String, List<LoadedScenario>> byFile = loaded.scenarios().stream()
                .collect(Collectors.groupingBy(LoadedScenario::file, LinkedHashMap::new, Collectors.toList()));
        byFile.forEach((file, cases) -> nodes.add(DynamicContainer.dynamicContainer(file, dir.resolve(file).toUri(),
                cases.stream().map(c -> DynamicTest.dynamicTest(c.scenario().name(), dir.resolve(file).toUri(), () -> {
                    CaseResult r = runner.run(c);
                    if (!r.passed()) {
                        throw new AssertionFailedError(ScenarioReport.describe(r, "en"));
                    }
                })))));
        return nodes.stream();
    }
}
