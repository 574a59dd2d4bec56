package vn.ocop.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input that cannot be used: a file with an unknown key, a wrong type, an impossible date,
 * a value outside its range. Carries every {@link Problem} found (not just the first), each
 * naming the source (file or "input"), the line (0 when unknown), the field path and what was
 * expected. {@link #getMessage()} lists them one per line as {@code file:line: field: message}.
 */
public class InvalidInputException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final ImmutableList<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = ImmutableList.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in the order found. Never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /**
     * One thing wrong with an input.
     *
     * @param source the file name or another description of where the input came from
     * @param line   1-based line number, or 0 when not known
     * @param field  the path of the offending key (e.g. {@code products[3].productSet}), or "" for the whole input
     * @param message what is wrong and what was expected
     * @param hint   an optional suggestion (e.g. "did you mean 'asOf'?"), or ""
     */
    public record Problem(String source, int line, String field, String message, String hint) {
        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
            hint = hint == null ? "" : hint;
            if (line < 0) {
                throw new IllegalArgumentException("line must be >= 0, but was " + line);
            }
        }

        public Problem(String source, int line, String field, String message) {
            this(source, line, field, message, "");
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(source);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
            if (!field.isEmpty()) {
                sb.append(field).append(": ");
            }
            sb.append(message);
            if (!hint.isEmpty()) {
                sb.append(" (").append(hint).append(')');
            }
            return sb.toString();
        }
    }
}
