package dev.sandboxtests.routes;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the route server a service should ask: {@value #URL_VARIABLE} (set by the local provider on the
 * services it starts), else Signadot's {@value #SIGNADOT_VARIABLE} (its route server's gRPC address;
 * the HTTP API listens on port {@value #SIGNADOT_HTTP_PORT} of the same host).
 *
 * <pre>{@code
 * WatchingRouteResolver routes = RouteResolvers.fromEnvironment();
 * }</pre>
 */
public final class RouteResolvers {

    public static final String URL_VARIABLE = "SANDBOX_ROUTES_URL";
    public static final String SIGNADOT_VARIABLE = "SIGNADOT_ROUTESERVER";
    public static final int SIGNADOT_HTTP_PORT = 7778;

    private RouteResolvers() {
    }

    /**
     * A resolver watching the route server this process's environment names.
     *
     * @throws IllegalStateException naming the variables when neither is set
     */
    public static WatchingRouteResolver fromEnvironment() {
        return WatchingRouteResolver.watch(serverFrom(System::getenv).orElseThrow(() -> new IllegalStateException(
                "Neither " + URL_VARIABLE + " nor " + SIGNADOT_VARIABLE + " is set: a sandbox-aware consumer needs a"
                        + " route server. The local provider sets " + URL_VARIABLE + " on the services it starts;"
                        + " Signadot sets " + SIGNADOT_VARIABLE + ".")));
    }

    /** The route server an environment names, if any. */
    public static Optional<URI> serverFrom(Function<String, String> environment) {
        String url = environment.apply(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return Optional.of(URI.create(url.strip()));
        }
        String signadot = environment.apply(SIGNADOT_VARIABLE);
        if (signadot != null && !signadot.isBlank()) {
            String host = signadot.strip().replaceFirst(":\\d+$", "");
            return Optional.of(URI.create("http://" + host + ":" + SIGNADOT_HTTP_PORT));
        }
        return Optional.empty();
    }
}
