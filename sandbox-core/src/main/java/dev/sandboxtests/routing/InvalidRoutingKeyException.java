package dev.sandboxtests.routing;

/**
 * A routing key that cannot be used: empty, too long, or with characters a header cannot carry safely;
 * or, read from a request by {@link RoutingHeaders#extract}, two different keys on one request. The
 * message says which header and what is wrong, and never holds a line break.
 */
public final class InvalidRoutingKeyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRoutingKeyException(String message) {
        super(message);
    }
}
