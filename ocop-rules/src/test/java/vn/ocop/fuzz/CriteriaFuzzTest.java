package vn.ocop.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.ocop.core.rulebook.CriteriaLoader;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.LoadedSheet;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.RulebookException;
import vn.ocop.core.rulebook.RulebookLoader;

/**
 * Fuzzes {@link CriteriaLoader#load(String, String, Rulebook)} against the built-in 26/2026 rulebook.
 * Only {@link RulebookException} (its documented exception) may escape; a sheet that is accepted must
 * read the same twice and place every criterion in a part and a section (what scoring looks up).
 *
 * <p>Regression inputs: {@code src/test/resources/vn/ocop/fuzz/CriteriaFuzzTestInputs/load/}.
 */
class CriteriaFuzzTest {
    private static final CriteriaLoader LOADER = new CriteriaLoader();
    private static final Rulebook QD26 = builtIn("/vn/ocop/rulebooks/qd26-2026.yaml");

    @FuzzTest(maxDuration = FuzzSupport.DURATION)
    @DictionaryFile(resourcePath = "yaml-json.dict")
    @DictionaryFile(resourcePath = "criteria.dict")
    void load(byte[] data) {
        check(FuzzSupport.text(data));
    }

    /** Reads {@code text} as a criteria sheet of the 26/2026 rulebook. */
    static void check(String text) {
        String source = "fuzz.yaml";
        LoadedSheet loaded;
        try {
            loaded = LOADER.load(source, text, QD26);
        } catch (RulebookException refused) {
            FuzzSupport.checkRefusal(refused, source, text);
            return;
        }
        FuzzSupport.require(loaded != null && loaded.sheet() != null, "load returned no sheet and no refusal");
        CriteriaSheet sheet = loaded.sheet();
        FuzzSupport.require(loaded.sha256().equals(RulebookLoader.sha256(text)), "sha256 of another text");
        FuzzSupport.require(LOADER.load(source, text, QD26).sheet().equals(sheet), "the same text read twice differs");
        for (String id : sheet.criteria().keySet()) {
            FuzzSupport.require(sheet.partOf(id).isPresent(), "criterion " + id + " is in no part");
            FuzzSupport.require(sheet.sectionOf(id).isPresent(), "criterion " + id + " is in no section");
        }
        sheet.starredOptions();
        FuzzSupport.require(sheet.total() >= 0, "a negative total " + sheet.total());
    }

    private static Rulebook builtIn(String resource) {
        try (InputStream in = CriteriaFuzzTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return new RulebookLoader().load(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .rulebook();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
