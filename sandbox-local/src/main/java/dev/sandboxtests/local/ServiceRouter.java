package dev.sandboxtests.local;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.util.EventLoopGroups;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServiceRequestContext;
import dev.sandboxtests.routing.HeaderLookup;
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

/**
 * The entry point of one logical service on 127.0.0.1: sends a request whose routing key belongs to a
 * sandbox that forks this service to that fork, and every other request to baseline.
 *
 * <p>Each connection is relayed by the router itself, on Netty's codecs, chosen on its first bytes
 * ({@link RelayTakeover}):
 * <ul>
 *   <li>HTTP/2 with prior knowledge (gRPC, h2c clients): {@link H2Relay} passes each stream's frames to a
 *       stream of a connection to its instance, so trailers (gRPC status) and all four gRPC call shapes pass
 *       through as they come; an instance that speaks HTTP/1.1 only gets the call translated
 *       ({@link H2ToHttp1});</li>
 *   <li>plain HTTP/1.1: {@link Http1Relay} sends each request to a kept-alive HTTP/1.1 connection to its
 *       instance.</li>
 * </ul>
 * Connections to instances are opened on the caller's connection's event loop, so a request and its response
 * cross the router on one thread. Connections that ask for an {@code Upgrade} (h2c by upgrade, as the JDK's
 * HttpClient asks by default) go through Armeria, which proxies a request by handing the streaming
 * server-side request to a client that negotiates h2c or HTTP/1.1 with each instance. Docs/benchmarks.md,
 * "The router against nginx", has what each path costs.
 * Bodies are never buffered whole. The router speaks plain text only: a connection that opens with a TLS
 * handshake is closed at once ({@link TlsRefusingHandler}).
 *
 * <p>The router's own errors, the same on both paths, are plain-text HTTP (400 malformed or ambiguous key, see
 * {@link RoutingHeaders#extract}; 503 no baseline; 502 instance not reachable), except for gRPC callers,
 * who get them as gRPC statuses ({@link GrpcAnswers}):
 * {@code INVALID_ARGUMENT}, {@code UNAVAILABLE}; and a gRPC response that breaks off after its headers
 * ends with {@code UNAVAILABLE} trailers naming the instance instead of a bare stream reset
 * ({@code DEADLINE_EXCEEDED} once the call's deadline passed, see {@link GrpcFailures}).
 */
final class ServiceRouter implements AutoCloseable {

    /**
     * Two loops per router, each serving its share of the callers' connections: the relays open their
     * connections to instances on the caller's connection's loop, so a request and its response still cross
     * the router on one thread, and with many connections (parallel test classes, a load test) the router can
     * use two cores, as nginx's default {@code worker_processes auto} does on a 2-core machine. Each service
     * has a router of its own, and what the router runs does not block, except when an instance has failed:
     * the error message then reads the last lines of its log. (Before the relays, one loop was measurably
     * better for gRPC through Armeria, whose client picked a loop other than the caller's; see
     * docs/benchmarks.md.)
     */
    private static final int EVENT_LOOPS = 2;

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
    private final Map<RoutingKey, InstanceRoute> forks = new ConcurrentHashMap<>();
    private volatile InstanceRoute baseline;

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
                .childChannelPipelineCustomizer(pipeline -> pipeline.addFirst(new TlsRefusingHandler(), new RelayTakeover(this)))
                .serviceUnder("/", this::serve)
                .requestTimeout(Duration.ZERO)      // streaming calls may be long; the test decides
                // No idle timeout: Armeria would close, 10 s after the last request it saw, the connections the
                // relays took over, in which it sees none however busy they are (gRPC callers got UNAVAILABLE).
                .idleTimeout(Duration.ZERO)
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
        baseline = new InstanceRoute(instance, "baseline of '" + service + "'", clients);
    }

    void routeFork(RoutingKey key, RunningService instance, String description) {
        forks.put(key, new InstanceRoute(instance, description, clients));
    }

    void unrouteFork(RoutingKey key) {
        forks.remove(key);
    }

    /** How many requests went to the fork routed for {@code key}; empty when no fork is routed for it. */
    OptionalLong forkRequests(RoutingKey key) {
        InstanceRoute route = forks.get(key);
        return route == null ? OptionalLong.empty() : OptionalLong.of(route.requests());
    }

    /**
     * Where the request with these headers goes: to the fork of the sandbox whose routing key it carries, or
     * to baseline (no key, or the key of no sandbox that forks this service); or the router answers it itself
     * (a malformed or ambiguous key, no baseline yet, a worker instance). Counts the request on its route.
     */
    RoutingDecision decide(HeaderLookup requestHeaders) {
        Optional<RoutingKey> key;
        try {
            key = headers.extract(requestHeaders);
        } catch (InvalidRoutingKeyException e) {
            return RoutingDecision.answer(400, Status.Code.INVALID_ARGUMENT,
                    "Sandbox router of '" + service + "' rejected the request: " + e.getMessage());
        }
        InstanceRoute route = key.map(forks::get).orElse(baseline);
        if (route != null) {
            route.countRequest();
        }
        if (route == null || !route.servesRequests()) {
            return RoutingDecision.answer(503, Status.Code.UNAVAILABLE, "Sandbox router of '" + service + "' "
                    + (route == null ? "has no baseline yet."
                            : "cannot forward: the " + route.description() + " serves no requests (a worker)."));
        }
        return RoutingDecision.forward(route);
    }

    private HttpResponse serve(ServiceRequestContext ctx, HttpRequest request) {
        boolean grpc = GrpcAnswers.isGrpc(request.headers());
        RoutingDecision decision = decide(name -> request.headers().getAll(name));
        if (!decision.forwards()) {
            return grpc ? GrpcAnswers.trailersOnly(decision.grpcStatus(), decision.message())
                    : HttpResponse.of(HttpStatus.valueOf(decision.httpStatus()), MediaType.PLAIN_TEXT_UTF_8,
                            decision.message() + System.lineSeparator());
        }
        InstanceRoute route = decision.route();
        HttpResponse response = route.client().execute(request);
        if (grpc) {
            return GrpcFailures.endWithStatus(request.headers(), response, cause -> unreachable(route, cause),
                    cause -> brokeOff(route, cause));
        }
        return response.recover(cause -> HttpResponse.of(HttpStatus.BAD_GATEWAY, MediaType.PLAIN_TEXT_UTF_8,
                unreachable(route, cause) + System.lineSeparator()));
    }

    String unreachable(InstanceRoute route, Throwable cause) {
        return failure(route, "could not reach the " + route.description() + " at " + route.instance().uri(), cause);
    }

    /** The response had begun; only a gRPC caller can still be told why it ends early (in its trailers). */
    String brokeOff(InstanceRoute route, Throwable cause) {
        return failure(route, "lost the " + route.description() + " at " + route.instance().uri()
                + " in the middle of its response", cause);
    }

    private String failure(InstanceRoute route, String what, Throwable cause) {
        return "Sandbox router of '" + service + "' " + what + ": " + cause
                + route.instance().failure().map(f -> "\n" + f).orElse("");
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
}
