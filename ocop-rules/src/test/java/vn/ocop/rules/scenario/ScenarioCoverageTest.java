package vn.ocop.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The library's scenarios are its specification: at least 80 cases, every one citing the law,
 * all passing, and every rule of the rule base fired by at least one of them.
 */
class ScenarioCoverageTest {
    @Test
    void should_fire_every_rule_in_some_scenario() {
        ScenarioLoader.Result loaded = new ScenarioLoader().loadDirectory(LibraryScenariosTest.DIR);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.scenarios()).hasSizeGreaterThanOrEqualTo(80);
        ScenarioRunner runner = new ScenarioRunner();
        List<CaseResult> results = runner.runAll(loaded.scenarios());
        assertThat(results).allSatisfy(r -> assertThat(r.differences()).as(r.scenario().label()).isEmpty());
        Set<String> unfired = new TreeSet<>(runner.allRules());
        unfired.removeAll(runner.firedRules());
        assertThat(unfired).as("rules fired by no scenario").isEmpty();
    }
}
