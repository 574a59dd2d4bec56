package vn.ocop.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import vn.ocop.core.rulebook.BandTable;
import vn.ocop.core.rulebook.LoadedRulebook;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.RulebookException;
import vn.ocop.core.rulebook.RulebookLoader;
import vn.ocop.core.rulebook.Rulebooks;
import vn.ocop.core.scoring.Average;

/**
 * Fuzzes {@link RulebookLoader#load(String, String)}. Only {@link RulebookException} (its documented
 * exception) may escape; a rulebook that is accepted must read the same twice, form a set on its own
 * ({@link Rulebooks#of}) that answers it on the day it takes effect, and give a star from 1 to 5 at
 * the lower limit of each of its bands.
 *
 * <p>Regression inputs: {@code src/test/resources/vn/ocop/fuzz/RulebookFuzzTestInputs/load/}.
 */
class RulebookFuzzTest {
    private static final RulebookLoader LOADER = new RulebookLoader();

    @FuzzTest(maxDuration = FuzzSupport.DURATION)
    @DictionaryFile(resourcePath = "yaml-json.dict")
    @DictionaryFile(resourcePath = "rulebook.dict")
    void load(byte[] data) {
        check(FuzzSupport.text(data));
    }

    /** Reads {@code text} as a rulebook file. */
    static void check(String text) {
        String source = "fuzz.yaml";
        LoadedRulebook loaded;
        try {
            loaded = LOADER.load(source, text);
        } catch (RulebookException refused) {
            FuzzSupport.checkRefusal(refused, source, text);
            return;
        }
        FuzzSupport.require(loaded != null, "load returned no rulebook and no refusal");
        FuzzSupport.require(loaded.sha256().equals(RulebookLoader.sha256(text)), "sha256 of another text");
        Rulebook rulebook = loaded.rulebook();
        FuzzSupport.require(LOADER.load(source, text).rulebook().equals(rulebook),
                "the same text read twice differs");
        Rulebooks set = Rulebooks.of(List.of(loaded));
        FuzzSupport.require(set.byId(rulebook.id()).isPresent(), "the set does not know its own rulebook's id");
        FuzzSupport.require(set.forDate(rulebook.effectiveFrom()).rulebook().equals(rulebook),
                "the set does not answer its rulebook on the day it takes effect");
        BandTable bands = BandTable.of(rulebook);
        for (int stars = 1; stars <= 5; stars++) {
            int got = bands.starsFor(Average.of(rulebook.bandFrom(stars)));
            FuzzSupport.require(got >= 1 && got <= 5, "starsFor gave " + got);
        }
    }
}
