package vn.ocop.core;

/**
 * Root of every exception the library throws on purpose. Unchecked: a host application
 * catches it where it can do something about it (show the message to a rule author,
 * reject an upload) and lets it propagate elsewhere.
 *
 * <p>Subclasses live next to their area: {@link InvalidInputException} for bad files and
 * values, {@link vn.ocop.core.rulebook.RulebookException} for rulebook and criteria
 * problems, {@link vn.ocop.core.rulebook.NoRulebookException} for a date no regulation
 * period covers.
 */
public abstract class OcopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected OcopException(String message) {
        super(message);
    }

    protected OcopException(String message, Throwable cause) {
        super(message, cause);
    }
}
