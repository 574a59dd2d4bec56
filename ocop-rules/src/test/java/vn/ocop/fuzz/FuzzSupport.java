package vn.ocop.fuzz;

import java.nio.charset.StandardCharsets;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * What the fuzz targets of this package share: how a fuzzer input becomes a file's text, and what a
 * documented refusal must look like.
 *
 * <p>The rule every target checks: for any text, an entry point either accepts it or refuses it with
 * the exception its Javadoc documents ({@link InvalidInputException} or a subclass); anything else
 * that escapes (a {@code NullPointerException}, a {@code ClassCastException}, a Jackson exception, a
 * {@code StackOverflowError}, an {@code OutOfMemoryError} from a small input) is a finding, and so is
 * a refusal whose problems do not name the file or point past its last line.
 */
final class FuzzSupport {
    /**
     * How long a target is fuzzed when run with {@code JAZZER_FUZZ=1} from an IDE or a plain
     * {@code mvn test}; the build's bounded run passes its own duration ({@code ocop.fuzz.duration},
     * as {@code jazzer.max_duration}, which overrides this), see {@code docs/fuzzing.md}.
     */
    static final String DURATION = "10s";

    private FuzzSupport() {
    }

    /** The fuzzer's bytes as a file's text: files are read as UTF-8, malformed bytes become U+FFFD. */
    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * Checks a documented refusal: at least one problem (the exception guarantees it), each naming
     * {@code source} and a line between 0 (unknown) and the last line of {@code text}.
     */
    static void checkRefusal(InvalidInputException e, String source, String text) {
        check(e.problems(), source, text);
    }

    /** Checks problems returned rather than thrown (the scenario loader's). */
    static void check(Iterable<Problem> problems, String source, String text) {
        int lastLine = lastLine(text);
        for (Problem p : problems) {
            if (!source.equals(p.source())) {
                throw new AssertionError("a problem names '" + p.source() + "' instead of the file '" + source
                        + "': " + p);
            }
            if (p.line() > lastLine) {
                throw new AssertionError("a problem points at line " + p.line() + " of a text of " + lastLine
                        + " lines: " + p);
            }
        }
    }

    /**
     * An upper bound of the number of lines of {@code text} as a YAML or JSON parser counts them: every
     * line break YAML knows (LF, CR, NEL, LS, PS) counted once, so CRLF counts twice.
     */
    static int lastLine(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines++;
            }
        }
        return lines;
    }

    /** Fails with {@code message} unless {@code condition}. */
    static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
