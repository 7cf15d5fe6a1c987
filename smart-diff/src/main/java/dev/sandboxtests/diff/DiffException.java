package dev.sandboxtests.diff;

/**
 * Thrown when two captures cannot be compared, for instance because a body declared (or sniffed) as
 * JSON is not valid JSON. The message names the side ({@code baseline} or {@code fork}), where the
 * problem is, what is wrong and what to do about it.
 */
public class DiffException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, where, and what to do
     */
    public DiffException(String message) {
        super(message);
    }

    /**
     * @param message what happened, where, and what to do
     * @param cause   the underlying failure
     */
    public DiffException(String message, Throwable cause) {
        super(message, cause);
    }
}
