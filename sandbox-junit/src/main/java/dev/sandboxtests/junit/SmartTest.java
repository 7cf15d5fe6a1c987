package dev.sandboxtests.junit;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.SmartDiff;
import dev.sandboxtests.junit.http.HttpCaptures;
import dev.sandboxtests.junit.http.RoutedRequests;
import dev.sandboxtests.provider.Sandbox;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends the same request to baseline (without the routing key) and to the sandbox's fork (with it),
 * and compares the two behaviours with smart-diff.
 *
 * <pre>{@code
 * @Test
 * void discountIsTheOnlyChange(SmartTest smart) {
 *     BehaviorDiff diff = smart.http("orders", request -> request.queryParam("qty", 3).get("/orders/quote"));
 *     assertThat(diff).hasOnlyChangesAt("/price/discount", "/price/total", "/grandTotal");
 * }
 * }</pre>
 *
 * <p>Instances are resolved per test and are not shared between threads.
 */
public final class SmartTest {

    private final Sandbox sandbox;
    private final SmartDiff engine;
    private final Consumer<Map<String, String>> reporter;

    SmartTest(Sandbox sandbox, SmartDiff engine, Consumer<Map<String, String>> reporter) {
        this.sandbox = Objects.requireNonNull(sandbox);
        this.engine = Objects.requireNonNull(engine);
        this.reporter = Objects.requireNonNull(reporter);
    }

    /** The sandbox the fork requests are routed to. */
    public Sandbox sandbox() {
        return sandbox;
    }

    /** A SmartTest that compares with {@code engine} (its options and, later, rules). */
    public SmartTest using(SmartDiff engine) {
        return new SmartTest(sandbox, engine, reporter);
    }

    /**
     * Runs {@code request} against {@code service} once for baseline and once for the fork, and
     * returns the behavioral diff. The diff is also published as a JUnit report entry.
     *
     * @param request builds and sends the request from a specification that already has the base URI
     *                (and, for the fork, the routing key); it must return the response
     */
    public BehaviorDiff http(String service, Function<RequestSpecification, Response> request) {
        URI endpoint = sandbox.endpoint(service);
        Capture baseline = send(request, RoutedRequests.toBaseline(endpoint), "baseline");
        Capture fork = send(request, RoutedRequests.toFork(sandbox, endpoint), "fork");
        BehaviorDiff diff = engine.compare(baseline, fork);
        reporter.accept(Map.of("sandbox.diff", service + " (sandbox " + sandbox.name() + ")\n" + diff));
        return diff;
    }

    private static Capture send(Function<RequestSpecification, Response> request, RequestSpecification spec, String side) {
        Response response = request.apply(spec);
        if (response == null) {
            throw new IllegalStateException("The SmartTest request function returned no response for the " + side
                    + "; end it with the call, e.g. request -> request.get(\"/path\").");
        }
        return HttpCaptures.of(response);
    }
}
