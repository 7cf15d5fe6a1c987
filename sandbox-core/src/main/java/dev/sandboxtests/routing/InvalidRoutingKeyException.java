package dev.sandboxtests.routing;

/** A routing key that cannot be used: empty, too long, or with characters a header cannot carry safely. */
public final class InvalidRoutingKeyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRoutingKeyException(String message) {
        super(message);
    }
}
