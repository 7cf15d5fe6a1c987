package dev.sandboxtests.signadot;

import java.util.Objects;

/**
 * A Signadot API key that cannot leak by accident: {@link #toString()} hides it, so it stays out of
 * messages, logs and reports that print the objects holding it. Only {@link SignadotApi} reads it, to
 * put it in the {@code signadot-api-key} header.
 */
final class ApiKey {

    private final String secret;

    ApiKey(String secret) {
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** The key itself, for the request header only. */
    String reveal() {
        return secret;
    }

    @Override
    public String toString() {
        return "ApiKey[hidden]";
    }
}
