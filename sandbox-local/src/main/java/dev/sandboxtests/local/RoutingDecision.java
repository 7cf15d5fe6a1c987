package dev.sandboxtests.local;

import io.grpc.Status;

/**
 * What a router does with one request, decided from its headers alone: forward it to an instance, or answer
 * it itself, as HTTP ({@link #httpStatus()} with {@link #message()} as plain text) or, for a gRPC caller, as a
 * gRPC status.
 *
 * @param route where to forward; null when the router answers itself
 * @param httpStatus the status of the router's own answer (400, 503); 0 when forwarding
 * @param grpcStatus the same answer for a gRPC caller
 * @param message the router's own answer, naming the service and what to do; null when forwarding
 */
record RoutingDecision(InstanceRoute route, int httpStatus, Status.Code grpcStatus, String message) {

    static RoutingDecision forward(InstanceRoute route) {
        return new RoutingDecision(route, 0, null, null);
    }

    static RoutingDecision answer(int httpStatus, Status.Code grpcStatus, String message) {
        return new RoutingDecision(null, httpStatus, grpcStatus, message);
    }

    boolean forwards() {
        return route != null;
    }
}
