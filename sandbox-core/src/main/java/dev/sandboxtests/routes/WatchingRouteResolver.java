package dev.sandboxtests.routes;

import dev.sandboxtests.routing.RoutingKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RouteResolver} that keeps a view of a route server's rules ({@link RoutesApi}) and refreshes
 * it on a thread of its own. Against a server that supports the watch extension (ours), every request
 * waits until the rules change, so a new route is known as soon as it is added; against one that does
 * not (Signadot's), it polls every {@code pollInterval}. {@link #rules} answers from the view and never
 * waits, except once, for the first view.
 *
 * <p>The window in which a message for a brand-new sandbox can still reach baseline is the time the
 * view takes to change: one round trip with the watch extension, up to {@code pollInterval} without.
 * The local provider closes it for tests: it hands a sandbox out only once every watching resolver has
 * asked again with the version that contains the sandbox's routes.
 *
 * <pre>{@code
 * try (WatchingRouteResolver routes = WatchingRouteResolver.watch(URI.create("http://127.0.0.1:7778"))) {
 *     ConsumerRouting routing = new ConsumerRouting(WorkloadIdentity.fromEnvironment(), routes);
 * }
 * }</pre>
 */
public final class WatchingRouteResolver implements RouteResolver, AutoCloseable {

    /** How long a watch request may wait on the server before it answers unchanged. */
    static final int WAIT_SECONDS = 20;
    private static final Duration FIRST_VIEW_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final URI server;
    private final Duration pollInterval;
    private final String watcher = UUID.randomUUID().toString();
    private final HttpClient client;
    private final Thread thread;
    /** Counted down by the first answer or failure, so that a first call does not wait for retries. */
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private volatile View view;
    private volatile String lastFailure = "not asked yet";
    private volatile boolean closed;

    private WatchingRouteResolver(URI server, Duration pollInterval) {
        this.server = Objects.requireNonNull(server, "server");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.thread = new Thread(this::refreshUntilClosed, "sandbox-routes-" + server.getAuthority());
        thread.setDaemon(true);
    }

    /** Watches the route server at {@code server} (e.g. {@code http://127.0.0.1:7778}), polling every second where it cannot watch. */
    public static WatchingRouteResolver watch(URI server) {
        return watch(server, DEFAULT_POLL_INTERVAL);
    }

    /** Watches the route server at {@code server}, polling every {@code pollInterval} where it cannot watch. */
    public static WatchingRouteResolver watch(URI server, Duration pollInterval) {
        WatchingRouteResolver resolver = new WatchingRouteResolver(server, pollInterval);
        resolver.thread.start();
        return resolver;
    }

    /**
     * @throws RoutesUnavailableException when no view could be had from the server yet (the first call
     *         waits for the first attempt, up to 10 s), naming the server and the reason
     */
    @Override
    public List<RoutingRule> rules(Workload baseline) {
        View current = view;
        if (current == null) {
            try {
                firstAttempt.await(FIRST_VIEW_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            current = view;
            if (current == null) {
                throw new RoutesUnavailableException("No routing rules could be had from the route server at " + server
                        + " (" + lastFailure + "): a sandbox-aware consumer cannot tell which records are its own."
                        + " Check " + RouteResolvers.URL_VARIABLE + " and that the server runs.");
            }
        }
        return current.rules.stream().filter(rule -> rule.baseline().matches(baseline)).toList();
    }

    /** Looked up by key in the view's index: a consumer asks this for every keyed record. */
    @Override
    public Optional<RoutingRule> ruleFor(Workload baseline, RoutingKey key) {
        View current = view;
        if (current == null) {
            rules(baseline); // waits for the first view, or says why there is none
            current = view;
        }
        return RuleIndex.find(current.byKey, baseline, key);
    }

    /** The version of the view, when the server tells versions (ours does). */
    public OptionalLong version() {
        View current = view;
        return current == null || current.version < 0 ? OptionalLong.empty() : OptionalLong.of(current.version);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void refreshUntilClosed() {
        Duration backoff = pollInterval;
        while (!closed) {
            try {
                boolean watched = refresh();
                backoff = pollInterval;
                if (!watched) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
                firstAttempt.countDown();
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** One request; true when the server watched (answered on change or after its wait). */
    private boolean refresh() throws IOException, InterruptedException {
        View current = view;
        long known = current == null ? -1 : current.version;
        String query = RoutesApi.WATCHER + "=" + watcher + "&" + RoutesApi.KNOWN_VERSION + "=" + known
                + (current == null ? "" : "&" + RoutesApi.WAIT_SECONDS + "=" + WAIT_SECONDS);
        HttpRequest request = HttpRequest.newBuilder(server.resolve(RoutesApi.PATH + "?" + query))
                .timeout(Duration.ofSeconds(WAIT_SECONDS + 10)).GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + request.uri());
        }
        Optional<String> version = response.headers().firstValue(RoutesApi.VERSION_HEADER);
        view = new View(version.map(Long::parseLong).orElse(-1L), RoutesApi.read(response.body()));
        firstAttempt.countDown();
        return version.isPresent();
    }

    private record View(long version, List<RoutingRule> rules, Map<RoutingKey, List<RoutingRule>> byKey) {
        View(long version, List<RoutingRule> rules) {
            this(version, rules, RuleIndex.byKey(rules));
        }
    }
}
