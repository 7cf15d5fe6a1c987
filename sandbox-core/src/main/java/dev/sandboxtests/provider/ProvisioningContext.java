package dev.sandboxtests.provider;

import dev.sandboxtests.routing.RoutingHeaders;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a provider gets from the test framework besides the spec: settings for it, the routing
 * headers in use, and a place for things shared by all sandboxes of a test run.
 */
public interface ProvisioningContext {

    /** Where the request comes from, for messages (e.g. the test class name). */
    String requester();

    /** The headers that carry routing keys. */
    RoutingHeaders routingHeaders();

    /** A provider-specific setting given by the test, such as the local environment definition. */
    <T> Optional<T> setting(Class<T> type);

    /**
     * A resource shared by every sandbox of this test run (for instance the baseline services and
     * their routers), created once on first request and closed when the run ends.
     */
    <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory);
}
