package vn.ocop.core.rulebook;

import java.util.List;
import vn.ocop.core.InvalidInputException;

/**
 * A rulebook or criteria file that cannot be used: bad schema, figures that do not add up,
 * periods with a gap or an overlap. Lists every problem found, each with file, line and key.
 */
public class RulebookException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public RulebookException(List<Problem> problems) {
        super(problems);
    }
}
