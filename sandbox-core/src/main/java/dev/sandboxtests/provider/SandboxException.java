package dev.sandboxtests.provider;

/** A sandbox could not be created, became unusable, or was asked for something it does not have. */
public class SandboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
