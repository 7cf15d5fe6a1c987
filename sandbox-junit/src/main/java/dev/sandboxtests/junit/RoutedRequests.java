package dev.sandboxtests.junit;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/** RestAssured request specifications for a service, with or without a sandbox's routing key. */
final class RoutedRequests {

    private RoutedRequests() {
    }

    /** A request to {@code endpoint} that carries {@code sandbox}'s routing key. */
    static RequestSpecification toFork(Sandbox sandbox, URI endpoint) {
        return toFork(sandbox.routingKey(), sandbox.routingHeaders(), endpoint);
    }

    /** A request to {@code endpoint} that carries {@code key} in {@code headers}. */
    static RequestSpecification toFork(RoutingKey key, RoutingHeaders headers, URI endpoint) {
        return RestAssured.given(new RequestSpecBuilder()
                .setBaseUri(endpoint)
                .addFilter(new RoutingKeyFilter(key, headers))
                .build());
    }

    /** A request to {@code endpoint} without a routing key: it is served by baseline all the way. */
    static RequestSpecification toBaseline(URI endpoint) {
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(endpoint).build());
    }
}
