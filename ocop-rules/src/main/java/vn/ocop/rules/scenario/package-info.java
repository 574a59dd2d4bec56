/**
 * Scenario files for policy staff: {@link vn.ocop.rules.scenario.ScenarioLoader} reads them
 * strictly, {@link vn.ocop.rules.scenario.ScenarioRunner} compares every expected value with the
 * library's answer, {@link vn.ocop.rules.scenario.ScenarioTests} runs them as JUnit 5 dynamic tests
 * and {@link vn.ocop.rules.scenario.ScenarioCommand} from the command line. Format:
 * {@code docs/scenarios.md}.
 */
package vn.ocop.rules.scenario;
