package vn.ocop.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.Portfolio;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.io.PortfolioIO;

/**
 * Fuzzes {@link PortfolioIO#read(String, String)}, JSON and YAML. Only {@link InvalidInputException}
 * (its documented exception) may escape; a portfolio that is accepted must give one record per
 * product, and write JSON that reads back equal and writes the same JSON again.
 *
 * <p>Regression inputs: {@code src/test/resources/vn/ocop/fuzz/PortfolioFuzzTestInputs/json/} and
 * {@code …/yaml/} (see {@code docs/fuzzing.md}).
 */
class PortfolioFuzzTest {
    private static final PortfolioIO IO = new PortfolioIO();

    @FuzzTest(maxDuration = FuzzSupport.DURATION)
    @DictionaryFile(resourcePath = "yaml-json.dict")
    @DictionaryFile(resourcePath = "portfolio.dict")
    void json(byte[] data) {
        check("fuzz.json", FuzzSupport.text(data));
    }

    @FuzzTest(maxDuration = FuzzSupport.DURATION)
    @DictionaryFile(resourcePath = "yaml-json.dict")
    @DictionaryFile(resourcePath = "portfolio.dict")
    void yaml(byte[] data) {
        check("fuzz.yaml", FuzzSupport.text(data));
    }

    /** Reads {@code text} as the portfolio file {@code source} (its extension picks the format). */
    static void check(String source, String text) {
        Portfolio portfolio;
        try {
            portfolio = IO.read(source, text);
        } catch (InvalidInputException refused) {
            FuzzSupport.checkRefusal(refused, source, text);
            return;
        }
        FuzzSupport.require(portfolio != null, "read returned null instead of a portfolio or a refusal");
        List<ProductRecord> records = portfolio.records();
        FuzzSupport.require(records.size() == portfolio.products().size(),
                records.size() + " records for " + portfolio.products().size() + " products");

        String json = IO.toJson(portfolio);
        Portfolio again;
        try {
            again = IO.read("written.json", json);
        } catch (InvalidInputException e) {
            throw new AssertionError("an accepted portfolio writes JSON that is refused: " + e.getMessage()
                    + "\n--- written:\n" + json, e);
        }
        FuzzSupport.require(again.equals(portfolio),
                "the portfolio written as JSON reads back different\n--- written:\n" + json);
        FuzzSupport.require(IO.toJson(again).equals(json), "writing the portfolio read back gives other JSON");
    }
}
