package vn.ocop.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import vn.ocop.core.Portfolio;
import vn.ocop.core.io.StrictReader.Format;

/**
 * Reads and writes portfolio files (JSON, or YAML by file name). Strict: an unknown key, a wrong
 * type, an impossible date, a reference to a producer or product that is not in the file is an
 * {@link InvalidInputException} naming the file, the line and the key.
 */
public final class PortfolioIO {
    private final StrictReader reader = new StrictReader();

    /** Reads a portfolio file. */
    public Portfolio read(Path file) {
        return read(file.toString(), TextFiles.read(file, file.toString()));
    }

    /** Reads portfolio text; {@code source} names it in messages and picks the format by extension. */
    public Portfolio read(String source, String text) {
        List<vn.ocop.core.InvalidInputException.Problem> commas = DecimalCommas.find(source, text, "memberTotals");
        if (!commas.isEmpty()) {
            throw new vn.ocop.core.InvalidInputException(commas);
        }
        return reader.read(source, text, Format.ofFileName(source), Portfolio.class);
    }

    /** The portfolio as pretty-printed JSON. */
    public String toJson(Portfolio portfolio) {
        try {
            return reader.mapper(Format.JSON).writerWithDefaultPrettyPrinter().writeValueAsString(portfolio);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
