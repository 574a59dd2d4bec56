package vn.ocop.core.rulebook;

import java.time.LocalDate;
import vn.ocop.core.OcopException;

/** Thrown when a date falls in no regulation period the library knows; never answered with a default. */
public class NoRulebookException extends OcopException {
    private static final long serialVersionUID = 1L;

    private final LocalDate date;

    public NoRulebookException(LocalDate date, String message) {
        super(message);
        this.date = date;
    }

    /** The date no rulebook covers. */
    public LocalDate date() {
        return date;
    }
}
