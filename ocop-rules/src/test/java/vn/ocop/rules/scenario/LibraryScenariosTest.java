package vn.ocop.rules.scenario;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The library's own scenarios, each a dynamic test (the same engine as {@code ocop test}). */
class LibraryScenariosTest {
    static final Path DIR = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return ScenarioTests.from(DIR);
    }
}
