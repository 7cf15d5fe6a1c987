package dev.sandboxtests.routes;

/** No routing rules could be had: the route server cannot be reached or answers something else. */
public final class RoutesUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RoutesUnavailableException(String message) {
        super(message);
    }
}
