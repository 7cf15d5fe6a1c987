package dev.sandboxtests.signadot;

import dev.sandboxtests.provider.SandboxException;
import java.util.OptionalInt;

/**
 * Signadot's API refused a call or could not be reached, or a sandbox failed there. The message says
 * which call, what Signadot answered (its error text and request id) and what to do; it never holds the
 * API key.
 */
public final class SignadotException extends SandboxException {

    private static final long serialVersionUID = 1L;

    private final int status;

    SignadotException(String message, int status) {
        super(message);
        this.status = status;
    }

    SignadotException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /** The HTTP status Signadot answered with, or empty when there was no answer (a connection error, a failed sandbox). */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
