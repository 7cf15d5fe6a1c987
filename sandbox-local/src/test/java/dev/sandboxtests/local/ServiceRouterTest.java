package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The router of one service sends a sandbox's key to its fork and everything else to baseline. */
class ServiceRouterTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One router for the class: an Armeria server takes about two seconds to stop. */
    private static ServiceRouter router;

    private final Resources resources = new Resources();
    private final RoutingKey keyA = RoutingKey.random();
    private final RoutingKey keyB = RoutingKey.random();
    private NamedBackend baseline;
    private NamedBackend forkA;
    private NamedBackend forkB;

    @BeforeAll
    static void startRouter() {
        router = new ServiceRouter("catalog", RoutingHeaders.defaults());
    }

    @AfterAll
    static void stopRouter() {
        router.close();
    }

    @BeforeEach
    void startBackends() throws IOException {
        baseline = resources.add(NamedBackend.start("baseline"));
        forkA = resources.add(NamedBackend.start("fork-a"));
        forkB = resources.add(NamedBackend.start("fork-b"));
        router.routeBaseline(baseline.asService());
        router.routeFork(keyA, forkA.asService(), "fork 'a' of service 'catalog' in sandbox 'sandbox-a'");
        router.routeFork(keyB, forkB.asService(), "fork 'b' of service 'catalog' in sandbox 'sandbox-b'");
        resources.add(() -> router.unrouteFork(keyA));
        resources.add(() -> router.unrouteFork(keyB));
    }

    @AfterEach
    void stopBackends() throws Exception {
        resources.close();
    }

    @Test
    void aRequestWithASandboxKeyGoesToThatSandboxsFork() throws Exception {
        assertThat(get("/items?id=7", "sd-routing-key=" + keyA).body()).isEqualTo("fork-a GET /items?id=7");
        assertThat(get("/items?id=8", "sd-routing-key=" + keyB).body()).isEqualTo("fork-b GET /items?id=8");
    }

    @Test
    void theKeyIsFoundAmongOtherBaggageMembersAndPassedOnUnchanged() throws Exception {
        String baggage = "team=checkout,sd-routing-key=" + keyA + ";origin=test";

        HttpResponse<String> response = get("/items", baggage);

        assertThat(response.body()).isEqualTo("fork-a GET /items");
        assertThat(response.headers().firstValue("x-received-baggage")).contains(baggage);
    }

    @Test
    void aRequestWithoutKeyGoesToBaseline() throws Exception {
        assertThat(get("/items", null).body()).isEqualTo("baseline GET /items");
        assertThat(get("/items", "team=checkout").body()).isEqualTo("baseline GET /items");
    }

    @Test
    void aKeyOfNoSandboxGoesToBaseline() throws Exception {
        assertThat(get("/items", "sd-routing-key=" + RoutingKey.random()).body()).isEqualTo("baseline GET /items");
    }

    @Test
    void anInvalidKeyIsRejectedWith400AndTheReasonAndReachesNoInstance() throws Exception {
        HttpResponse<String> response = get("/items", "sd-routing-key=NOT-A-KEY");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("Sandbox router of 'catalog' rejected the request")
                .contains("Invalid routing key 'NOT-A-KEY'")
                .contains("lowercase letters a-z and digits 0-9");
        assertThat(baseline.requests() + forkA.requests() + forkB.requests()).isZero();
    }

    @Test
    void afterUnroutingAForkItsKeyGoesToBaseline() throws Exception {
        router.unrouteFork(keyA);

        assertThat(get("/items", "sd-routing-key=" + keyA).body()).isEqualTo("baseline GET /items");
        assertThat(get("/items", "sd-routing-key=" + keyB).body()).isEqualTo("fork-b GET /items");
        assertThat(forkA.requests()).isZero();
    }

    @Test
    void aForkThatStoppedGives502NamingTheFork() throws Exception {
        URI stopped = forkA.uri();
        forkA.close();

        HttpResponse<String> response = get("/items", "sd-routing-key=" + keyA);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body())
                .contains("Sandbox router of 'catalog' could not reach the fork 'a' of service 'catalog' in sandbox 'sandbox-a'")
                .contains(stopped.toString());
        assertThat(get("/items", null).body()).as("baseline is unaffected").isEqualTo("baseline GET /items");
    }

    @Test
    void withoutBaselineTheRouterAnswers503() throws Exception {
        try (ServiceRouter empty = new ServiceRouter("inventory", RoutingHeaders.defaults())) {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(empty.uri().resolve("/stock")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("Sandbox router of 'inventory' has no baseline yet");
        }
    }

    @Test
    void theRouterKeepsNoMetersSoNoneIsRegisteredTwice() throws Exception {
        // Meters kept in a registry shared by routers (as NoopMeterRegistry.get() keeps them) made Micrometer
        // warn on every run that armeria.executor.completed "has been already registered". Micrometer warns
        // once per JVM, so a check of the log would depend on the order of tests; what it warns of cannot.
        try (ServiceRouter second = new ServiceRouter("inventory", RoutingHeaders.defaults())) {
            get("/items", "sd-routing-key=" + keyA);

            assertThat(List.of(router, second)).flatExtracting(ServiceRouter::meterRegistries)
                    .allSatisfy(registry -> assertThat(registry.getMeters()).as("meters kept by %s", registry).isEmpty());
        }
    }

    @Test
    void methodsAndBodiesPassThrough() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(router.uri().resolve("/orders?draft=true"))
                .header("baggage", "sd-routing-key=" + keyB)
                .method("PUT", HttpRequest.BodyPublishers.ofString("{\"sku\":\"A1\"}"))
                .build();

        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("fork-b PUT /orders?draft=true");
    }

    @Test
    void severalRequestsShareOneKeptAliveClientConnection() throws Exception {
        try (CountingRelay relay = new CountingRelay(router.uri())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(relay.uri().resolve("/items?n=" + i));
                if (i % 2 == 0) {
                    request.header("baggage", "sd-routing-key=" + keyA);
                }
                bodies.add(client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
            }

            assertThat(bodies).containsExactly("fork-a GET /items?n=0", "baseline GET /items?n=1",
                    "fork-a GET /items?n=2", "baseline GET /items?n=3", "fork-a GET /items?n=4",
                    "baseline GET /items?n=5");
            assertThat(relay.connections()).as("client connections to the router").isEqualTo(1);
        }
    }

    @Test
    void concurrentRequestsAreEachAnsweredByTheRightInstance() throws Exception {
        // One request to each instance first, so that the burst below tests routing, not how fast the JDK's
        // HttpServer behind each instance accepts its very first connections (seen over 3.2 s on a busy 2-core CI).
        assertThat(get("/warm-up", null).body()).isEqualTo("baseline GET /warm-up");
        assertThat(get("/warm-up", "sd-routing-key=" + keyA).body()).isEqualTo("fork-a GET /warm-up");
        assertThat(get("/warm-up", "sd-routing-key=" + keyB).body()).isEqualTo("fork-b GET /warm-up");
        int baselineBefore = baseline.requests();
        int forkABefore = forkA.requests();
        int forkBBefore = forkB.requests();
        int count = 200;
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(router.uri().resolve("/items?n=" + i));
            String instance = switch (i % 3) {
                case 0 -> "baseline";
                case 1 -> "fork-a";
                default -> "fork-b";
            };
            if (i % 3 == 1) {
                request.header("baggage", "sd-routing-key=" + keyA);
            } else if (i % 3 == 2) {
                request.header("baggage", "team=x,sd-routing-key=" + keyB);
            }
            expected.add(instance + " GET /items?n=" + i);
            responses.add(CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }

        List<String> bodies = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            bodies.add(response.get(60, TimeUnit.SECONDS).body());
        }

        assertThat(bodies).containsExactlyElementsOf(expected);
        assertThat(baseline.requests() - baselineBefore).isEqualTo(67);
        assertThat(forkA.requests() - forkABefore).isEqualTo(67);
        assertThat(forkB.requests() - forkBBefore).isEqualTo(66);
    }

    private HttpResponse<String> get(String target, String baggage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(router.uri().resolve(target));
        if (baggage != null) {
            request.header("baggage", baggage);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
