package vn.ocop.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.ocop.rules.scenario.LoadedScenario;
import vn.ocop.rules.scenario.ScenarioLoader;

/**
 * Fuzzes {@link ScenarioLoader#load(String, String)}, which documents no exception: it returns the
 * cases it could read and every problem found. So nothing may escape, not even an
 * {@link vn.ocop.core.InvalidInputException} (it would stop {@link ScenarioLoader#loadDirectory} at
 * the first bad file instead of listing every problem). A text is either refused with at least one
 * problem naming the file, or gives at least one case with its product record.
 *
 * <p>Regression inputs: {@code src/test/resources/vn/ocop/fuzz/ScenarioFuzzTestInputs/load/}.
 */
class ScenarioFuzzTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader();

    @FuzzTest(maxDuration = FuzzSupport.DURATION)
    @DictionaryFile(resourcePath = "yaml-json.dict")
    @DictionaryFile(resourcePath = "scenario.dict")
    void load(byte[] data) {
        check(FuzzSupport.text(data));
    }

    /** Reads {@code text} as a scenario file. */
    static void check(String text) {
        String source = "fuzz.yaml";
        ScenarioLoader.Result result = LOADER.load(source, text);
        FuzzSupport.check(result.problems(), source, text);
        FuzzSupport.require(!result.problems().isEmpty() || !result.scenarios().isEmpty(),
                "neither a case nor a problem");
        for (LoadedScenario s : result.scenarios()) {
            FuzzSupport.require(s.record() != null, "a case without its product record");
        }
    }
}
