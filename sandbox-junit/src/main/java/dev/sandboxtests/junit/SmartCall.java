package dev.sandboxtests.junit;

import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One call that a {@link SmartTest} makes to baseline and to the fork, in any protocol: it sends
 * itself to a {@link Target} and returns what came back as a {@link Capture}. HTTP calls are made by
 * {@link SmartTest#http}; other protocol modules contribute their own (sandbox-grpc's {@code GrpcCall}).
 *
 * <pre>{@code
 * BehaviorDiff diff = smart.call("inventory", GrpcCall.unary(InventoryGrpc.getCheckStockMethod(), request));
 * }</pre>
 */
@FunctionalInterface
public interface SmartCall {

    /**
     * Sends the call to {@code target} and captures the outcome.
     *
     * @param target where to send it and, for the fork, the routing key to carry
     * @return the captured outcome; an error answer (a 500, a gRPC status) is an outcome too
     * @throws Exception when no outcome could be captured at all; the SmartTest fails with it
     */
    Capture send(Target target) throws Exception;

    /**
     * The HTTP call that {@link SmartTest#http} makes, for calls that build on one (a SmartTest of the
     * events an HTTP request causes).
     *
     * @param request builds and sends the request from a specification based at the target's endpoint,
     *                carrying the target's routing key; it must return the response
     */
    static SmartCall http(Function<RequestSpecification, Response> request) {
        return new HttpCall(Objects.requireNonNull(request, "request"));
    }

    /**
     * Whether the provider's request counts ({@link dev.sandboxtests.provider.Sandbox#forkRequests}) tell if
     * the fork side reached the sandbox's forks; true unless the call says otherwise. A call whose fork side
     * reaches forks through a message broker (forks that consume instead of being called, which no router
     * counts) returns false: its diffs then carry no caveat about unreached forks, and it must show an
     * unreached fork itself (event SmartTests do: each side's events are matched by its routing key, so a
     * key that was not passed on leaves the fork side without events).
     */
    default boolean forkReachCounted() {
        return true;
    }

    /**
     * What was asked, for reports, so that a reader can send it again (with curl or grpcurl): known
     * once the call was sent at least once.
     *
     * @return the request, or empty when the call cannot say
     */
    default Optional<Request> request() {
        return Optional.empty();
    }

    /**
     * A request as reports name it.
     *
     * @param method e.g. {@code GET}, or {@code gRPC}
     * @param target the URI with path and query, or the gRPC method ({@code inventory.Inventory/CheckStock})
     */
    record Request(String method, String target) {
        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(target, "target");
        }
    }

    /** Where one side of a SmartTest call goes. */
    final class Target {

        private final URI endpoint;
        private final String side;
        private final RoutingKey routingKey;
        private final RoutingHeaders routingHeaders;

        Target(URI endpoint, String side, RoutingKey routingKey, RoutingHeaders routingHeaders) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.side = Objects.requireNonNull(side, "side");
            this.routingKey = routingKey;
            this.routingHeaders = Objects.requireNonNull(routingHeaders, "routingHeaders");
        }

        /** The service's entry point (the same for both sides: the routing key makes the difference). */
        public URI endpoint() {
            return endpoint;
        }

        /** {@code baseline}, {@code fork} or {@code baseline sample 2}…, for messages. */
        public String side() {
            return side;
        }

        /** The key to carry: present for the fork, empty for baseline. */
        public Optional<RoutingKey> routingKey() {
            return Optional.ofNullable(routingKey);
        }

        /**
         * The same target with {@code key} to carry, for a side that must be told apart by its key although it
         * goes to baseline (a key of no sandbox routes to baseline everywhere and is passed on like any other).
         */
        public Target withRoutingKey(RoutingKey key) {
            return new Target(endpoint, side, Objects.requireNonNull(key, "key"), routingHeaders);
        }

        /** The headers that carry {@link #routingKey()}, as the sandbox uses them. */
        public RoutingHeaders routingHeaders() {
            return routingHeaders;
        }

        @Override
        public String toString() {
            return side + " at " + endpoint;
        }
    }
}
