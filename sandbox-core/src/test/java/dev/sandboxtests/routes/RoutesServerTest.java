package dev.sandboxtests.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.routing.RoutingKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The route server in the shape of Signadot's routes API, and a watching client of it, over real HTTP. */
@Timeout(60)
class RoutesServerTest {

    private static final Workload SHIPPING = Workload.named("shipping");
    private static final RoutingKey KEY = RoutingKey.parse("shippingkey");

    @Test
    void answersSignadotsRoutingRulesShapeFilteredByBaseline() throws Exception {
        RouteTable table = new RouteTable();
        table.add(List.of(new RoutingRule(KEY, SHIPPING, "shipping-v2"),
                new RoutingRule(RoutingKey.parse("otherkey"), Workload.named("pricing"), "pricing-v2")));
        try (RoutesServer server = RoutesServer.start(table)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.uri().resolve(RoutesApi.PATH + "?baselineKind=Deployment&baselineName=shipping")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"routingRules\":[{\"routingKey\":\"shippingkey\",\"baseline\":"
                    + "{\"kind\":\"Deployment\",\"namespace\":\"\",\"name\":\"shipping\"},\"destinationSandbox\":"
                    + "{\"name\":\"shipping-v2\"}}]}");
            assertThat(response.headers().firstValue(RoutesApi.VERSION_HEADER)).hasValue("1");
        }
    }

    @Test
    void aServerForOtherHostsListensOnTheAddressItIsGivenAndTellsALocalAddress() throws Exception {
        RouteTable table = new RouteTable();
        table.add(List.of(new RoutingRule(KEY, SHIPPING, "shipping-v2")));
        try (RoutesServer server = RoutesServer.start(table, new java.net.InetSocketAddress(0))) {
            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            try (WatchingRouteResolver routes = WatchingRouteResolver.watch(server.uri())) {
                assertThat(routes.rules(SHIPPING)).extracting(RoutingRule::destinationSandbox).containsExactly("shipping-v2");
            }
        }
    }

    @Test
    void aWatchingClientLearnsOfANewRouteAndTheServerKnowsItHasSeenIt() throws Exception {
        RouteTable table = new RouteTable();
        try (RoutesServer server = RoutesServer.start(table);
             WatchingRouteResolver routes = WatchingRouteResolver.watch(server.uri())) {
            assertThat(routes.rules(SHIPPING)).isEmpty();

            long version = table.add(List.of(new RoutingRule(KEY, SHIPPING, "shipping-v2")));
            List<String> behind = table.awaitSeen(version, Duration.ofSeconds(10));

            assertThat(behind).as("watchers that have not seen the route").isEmpty();
            assertThat(routes.ruleFor(SHIPPING, KEY)).map(RoutingRule::destinationSandbox).hasValue("shipping-v2");
            assertThat(routes.version()).hasValue(version);

            long removed = table.remove(KEY);
            assertThat(table.awaitSeen(removed, Duration.ofSeconds(10))).isEmpty();
            assertThat(routes.rules(SHIPPING)).isEmpty();
        }
    }

    @Test
    void aWatcherThatNeverAskedAgainIsNamedWhenTheWaitEnds() throws Exception {
        RouteTable table = new RouteTable();
        table.watch("stuck-consumer", 0, Duration.ZERO);
        long version = table.add(List.of(new RoutingRule(KEY, SHIPPING, "shipping-v2")));

        assertThat(table.awaitSeen(version, Duration.ofMillis(200))).containsExactly("stuck-consumer");
    }

    @Test
    void aClientWithoutServerSaysWhereItAskedAndWhatToCheck() {
        try (WatchingRouteResolver routes = WatchingRouteResolver.watch(URI.create("http://127.0.0.1:9"),
                Duration.ofMillis(50))) {
            assertThatThrownBy(() -> routes.rules(SHIPPING))
                    .isInstanceOf(RoutesUnavailableException.class)
                    .hasMessageContaining("No routing rules could be had from the route server at http://127.0.0.1:9")
                    .hasMessageContaining("Check SANDBOX_ROUTES_URL");
        }
    }

    @Test
    void theRouteServerOfAnEnvironmentIsOursOrSignadots() {
        assertThat(RouteResolvers.serverFrom(java.util.Map.of("SANDBOX_ROUTES_URL", "http://127.0.0.1:4242")::get))
                .hasValue(URI.create("http://127.0.0.1:4242"));
        assertThat(RouteResolvers.serverFrom(java.util.Map.of("SIGNADOT_ROUTESERVER",
                "routeserver.signadot.svc:7777")::get)).hasValue(URI.create("http://routeserver.signadot.svc:7778"));
        assertThat(RouteResolvers.serverFrom(java.util.Map.<String, String>of()::get)).isEmpty();
    }
}
