/**
 * The routing key in gRPC metadata, for services: no test framework needed.
 *
 * <p>A service makes the key of each incoming call current with {@link
 * dev.sandboxtests.grpc.RoutingServerInterceptor} and passes it on to the services it calls with
 * {@link dev.sandboxtests.grpc.RoutingClientInterceptor#fromContext()}:
 *
 * <pre>{@code
 * ManagedChannel pricing = ManagedChannelBuilder.forTarget("pricing:8080")
 *         .usePlaintext()
 *         .intercept(RoutingClientInterceptor.fromContext())
 *         .build();
 * Server server = ServerBuilder.forPort(8080)
 *         .addService(ServerInterceptors.intercept(new OrdersService(pricing), RoutingServerInterceptor.create()))
 *         .build();
 * }</pre>
 *
 * <p>The key travels in the headers chosen by {@link dev.sandboxtests.routing.RoutingHeaders} (by default
 * the W3C {@code baggage} member {@code sd-routing-key}), and is also current in the OpenTelemetry
 * context, so HTTP calls made while handling a gRPC call carry it too.
 */
package dev.sandboxtests.grpc;
