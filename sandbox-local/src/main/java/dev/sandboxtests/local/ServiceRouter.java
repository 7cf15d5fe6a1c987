package dev.sandboxtests.local;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.Endpoint;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.SessionProtocol;
import com.linecorp.armeria.common.util.EventLoopGroups;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServiceRequestContext;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.Status;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entry point of one logical service on 127.0.0.1: sends a request whose routing key belongs to a
 * sandbox that forks this service to that fork, and every other request to baseline.
 *
 * <p>Built on Armeria, which proxies a request by handing the streaming server-side request to a
 * client: bodies are never buffered, HTTP/1.1 keep-alive and HTTP/2 (h2c) multiplexing come from
 * Netty, and HTTP/2 trailers (gRPC status) and all four gRPC streaming shapes pass through as frames.
 * Towards each instance the client negotiates: HTTP/2 (h2c) where the instance speaks it, HTTP/1.1
 * otherwise (Armeria remembers the outcome per instance), whatever protocol the caller used. It speaks
 * plain text only: a connection that opens with a TLS handshake is closed at once ({@link TlsRefusingHandler}).
 *
 * <p>The router's own errors are plain-text HTTP (400 malformed or ambiguous key, see
 * {@link RoutingHeaders#extract}; 503 no baseline; 502 instance not reachable), except for gRPC callers,
 * who get them as gRPC statuses ({@link GrpcAnswers}):
 * {@code INVALID_ARGUMENT}, {@code UNAVAILABLE}; and a gRPC response that breaks off after its headers
 * ends with {@code UNAVAILABLE} trailers naming the instance instead of a bare stream reset
 * ({@code DEADLINE_EXCEEDED} once the call's deadline passed, see {@link GrpcFailures}).
 */
final class ServiceRouter implements AutoCloseable {

    /**
     * One loop per router: the router's server side and its clients then run on the same thread, so a
     * request and its response pass from one side to the other without a thread hand-off (measured: a
     * unary gRPC call through the router takes about 40 µs less than with two loops, see
     * docs/benchmarks.md). Each service has a router of its own, and what the router runs does not block,
     * except when an instance has failed: the error message then reads the last lines of its log.
     */
    private static final int EVENT_LOOPS = 1;

    /**
     * No metrics: nobody reads them. Each Armeria server binds the meters of its blocking task executor,
     * under the same ids for every server ({@code armeria.executor.*{name=blockingTaskExecutor}}), to its
     * registry. Armeria's {@code NoopMeterRegistry.get()} is one registry for the whole JVM that still keeps
     * every meter it is given, so the second router made Micrometer warn "This FunctionCounter has been
     * already registered". A registry that denies every meter keeps none, whatever Armeria binds to it.
     */
    private static final MeterRegistry NO_METRICS = keepingNoMeters();

    private final String service;
    private final RoutingHeaders headers;
    private final EventLoopGroup eventLoops;
    private final ClientFactory clients;
    private final Server server;
    private final Map<RoutingKey, Route> forks = new ConcurrentHashMap<>();
    private volatile Route baseline;

    ServiceRouter(String service, RoutingHeaders headers) {
        this.service = service;
        this.headers = headers;
        // Event loops of its own: services and tests in the same JVM may block Armeria's shared loops
        // (CommonPools), and a router on a blocked loop would stall every transfer it carries.
        this.eventLoops = EventLoopGroups.newEventLoopGroup(EVENT_LOOPS, "sandbox-router-" + service, true);
        this.clients = ClientFactory.builder().workerGroup(eventLoops, false).meterRegistry(NO_METRICS).build();
        this.server = Server.builder()
                .workerGroup(eventLoops, false)
                .meterRegistry(NO_METRICS)
                .http(new InetSocketAddress("127.0.0.1", 0))
                // A TLS handshake is closed at once instead of left waiting (unstable API in Armeria 1.33).
                .childChannelPipelineCustomizer(pipeline -> pipeline.addFirst(new TlsRefusingHandler()))
                .serviceUnder("/", this::serve)
                .requestTimeout(Duration.ZERO)      // streaming calls may be long; the test decides
                .maxRequestLength(0)                // no limit: bodies stream through
                .gracefulShutdownTimeout(Duration.ZERO, Duration.ZERO)
                .disableServerHeader()              // answers are the instance's, unchanged
                .disableDateHeader()
                .build();
        server.start().join();
    }

    private static MeterRegistry keepingNoMeters() {
        MeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(MeterFilter.deny());
        return registry;
    }

    /** The registries the router's server and clients report to: they must keep no meters. */
    List<MeterRegistry> meterRegistries() {
        return List.of(server.config().meterRegistry(), clients.meterRegistry());
    }

    /** Where clients reach this service. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.activeLocalPort());
    }

    void routeBaseline(RunningService instance) {
        baseline = new Route(instance, "baseline of '" + service + "'", clients);
    }

    void routeFork(RoutingKey key, RunningService instance, String description) {
        forks.put(key, new Route(instance, description, clients));
    }

    void unrouteFork(RoutingKey key) {
        forks.remove(key);
    }

    /** How many requests went to the fork routed for {@code key}; empty when no fork is routed for it. */
    OptionalLong forkRequests(RoutingKey key) {
        Route route = forks.get(key);
        return route == null ? OptionalLong.empty() : OptionalLong.of(route.requests.get());
    }

    private HttpResponse serve(ServiceRequestContext ctx, HttpRequest request) {
        boolean grpc = GrpcAnswers.isGrpc(request.headers());
        Optional<RoutingKey> key;
        try {
            key = headers.extract(name -> request.headers().getAll(name));
        } catch (InvalidRoutingKeyException e) {
            String message = "Sandbox router of '" + service + "' rejected the request: " + e.getMessage();
            return grpc ? GrpcAnswers.trailersOnly(Status.Code.INVALID_ARGUMENT, message)
                    : HttpResponse.of(HttpStatus.BAD_REQUEST, MediaType.PLAIN_TEXT_UTF_8, message + System.lineSeparator());
        }
        Route route = key.map(forks::get).orElse(baseline);
        if (route != null) {
            route.requests.incrementAndGet();
        }
        if (route == null || route.client == null) {
            String message = "Sandbox router of '" + service + "' " + (route == null ? "has no baseline yet."
                    : "cannot forward: the " + route.description + " serves no requests (a worker).");
            return grpc ? GrpcAnswers.trailersOnly(Status.Code.UNAVAILABLE, message)
                    : HttpResponse.of(HttpStatus.SERVICE_UNAVAILABLE, MediaType.PLAIN_TEXT_UTF_8,
                            message + System.lineSeparator());
        }
        HttpResponse response = route.client.execute(request);
        if (grpc) {
            return GrpcFailures.endWithStatus(request.headers(), response, cause -> unreachable(route, cause),
                    cause -> brokeOff(route, cause));
        }
        return response.recover(cause -> HttpResponse.of(HttpStatus.BAD_GATEWAY, MediaType.PLAIN_TEXT_UTF_8,
                unreachable(route, cause) + System.lineSeparator()));
    }

    private String unreachable(Route route, Throwable cause) {
        return failure(route, "could not reach the " + route.description + " at " + route.instance.uri(), cause);
    }

    /** The response had begun; only a gRPC caller can still be told why it ends early (in its trailers). */
    private String brokeOff(Route route, Throwable cause) {
        return failure(route, "lost the " + route.description + " at " + route.instance.uri()
                + " in the middle of its response", cause);
    }

    private String failure(Route route, String what, Throwable cause) {
        return "Sandbox router of '" + service + "' " + what + ": " + cause
                + route.instance.failure().map(f -> "\n" + f).orElse("");
    }

    @Override
    public void close() {
        stop().join();
    }

    CompletableFuture<Void> stop() {
        return server.stop().whenComplete((ignored, failure) -> {
            clients.close();
            eventLoops.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        });
    }

    /** An instance and the client that forwards to it. */
    private static final class Route {
        private final RunningService instance;
        private final String description;
        /** Null for an instance that serves no requests. */
        private final WebClient client;
        private final AtomicLong requests = new AtomicLong();

        Route(RunningService instance, String description, ClientFactory clients) {
            this.instance = instance;
            this.description = description;
            if (!instance.servesRequests()) {
                this.client = null;
                return;
            }
            URI target = instance.uri();
            if (target.getPort() < 0) {
                throw new SandboxException("Service URI " + target + " has no port; give an address like http://127.0.0.1:8080");
            }
            this.client = WebClient.builder(SessionProtocol.HTTP, Endpoint.of(target.getHost(), target.getPort()))
                    .factory(clients)
                    .responseTimeout(Duration.ZERO)
                    .maxResponseLength(0)
                    .build();
        }
    }
}
