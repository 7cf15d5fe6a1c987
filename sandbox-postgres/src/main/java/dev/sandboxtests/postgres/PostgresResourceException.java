package dev.sandboxtests.postgres;

import dev.sandboxtests.provider.SandboxException;

/** A temporary database could not be made, migrated or dropped; the message says what to fix. */
public final class PostgresResourceException extends SandboxException {

    private static final long serialVersionUID = 1L;

    public PostgresResourceException(String message) {
        super(message);
    }

    public PostgresResourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
