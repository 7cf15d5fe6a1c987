package dev.sandboxtests.spec;

/** A sandbox spec that cannot be read or is invalid; the message names the source, the line and the fix. */
public final class SandboxSpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SandboxSpecException(String message, Throwable cause) {
        super(message, cause);
    }

    public SandboxSpecException(String message) {
        super(message);
    }
}
