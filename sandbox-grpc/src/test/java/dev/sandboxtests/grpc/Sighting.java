package dev.sandboxtests.grpc;

import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.api.baggage.Baggage;
import java.util.HashMap;
import java.util.Map;

/**
 * What service code saw at one point of a call: the key in the gRPC Context, the key in the
 * OpenTelemetry context ({@code null} when absent) and the current OpenTelemetry baggage.
 */
record Sighting(String where, String grpcKey, String openTelemetryKey, Map<String, String> baggage) {

    static Sighting now(String where) {
        RoutingKey grpcKey = GrpcRoutingContext.ROUTING_KEY.get();
        Map<String, String> baggage = new HashMap<>();
        Baggage.current().forEach((name, entry) -> baggage.put(name, entry.getValue()));
        return new Sighting(where, grpcKey == null ? null : grpcKey.value(),
                RoutingContext.current().map(RoutingKey::value).orElse(null), baggage);
    }
}
