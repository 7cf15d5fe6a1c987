package dev.sandboxtests.junit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter adds the routing key to one request specification, merged with what the test set. */
class RoutingKeyFilterTest {

    private static HeaderEchoServer server;
    private final RoutingKey key = RoutingKey.random();

    @BeforeAll
    static void startServer() throws Exception {
        server = new HeaderEchoServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void addsTheKeyAsABaggageMember() {
        assertThat(received(routed(RoutingHeaders.defaults()), "baggage")).containsExactly("sd-routing-key=" + key);
    }

    @Test
    void keepsTheBaggageMembersTheTestSetInOneHeader() {
        RequestSpecification request = routed(RoutingHeaders.defaults())
                .header("baggage", "team=a")
                .header("baggage", "tier=gold;ttl=60");

        assertThat(received(request, "baggage")).containsExactly("sd-routing-key=" + key + ",team=a,tier=gold;ttl=60");
    }

    @Test
    void replacesAKeyTheRequestAlreadyCarried() {
        RequestSpecification request = routed(RoutingHeaders.defaults()).header("baggage", "sd-routing-key=oldkey,team=a");

        assertThat(received(request, "baggage")).containsExactly("sd-routing-key=" + key + ",team=a");
    }

    @Test
    void findsTheTestsBaggageWhateverTheCaseOfItsName() {
        RequestSpecification request = routed(RoutingHeaders.defaults()).header("Baggage", "team=a");

        assertThat(received(request, "baggage")).containsExactly("sd-routing-key=" + key + ",team=a");
    }

    @Test
    void writesEveryConfiguredHeaderKeepingOtherTraceStateMembers() {
        JsonPath headers = headers(routed(RoutingHeaders.signadot()).header("tracestate", "vendor=abc"));

        assertThat(headers.getList("baggage")).containsExactly("sd-routing-key=" + key);
        assertThat(headers.getList("tracestate")).hasSize(1);
        assertThat(headers.getList("tracestate").get(0).toString()).contains("sd-routing-key=" + key, "vendor=abc");
        assertThat(headers.getList("'ot-baggage-sd-routing-key'")).containsExactly(key.value());
        assertThat(headers.getList("'uberctx-sd-routing-key'")).containsExactly(key.value());
    }

    @Test
    void aSpecificationWithoutTheFilterCarriesNoKey() {
        received(routed(RoutingHeaders.defaults()), "baggage");

        assertThat(headers(given().baseUri(server.uri().toString())).getMap("$")).doesNotContainKey("baggage");
    }

    @Test
    void describesItself() {
        assertThat(new RoutingKeyFilter(key, RoutingHeaders.defaults()))
                .hasToString("RoutingKeyFilter[" + key + " in RoutingHeaders[baggage]]");
    }

    private RequestSpecification routed(RoutingHeaders headers) {
        return given().baseUri(server.uri().toString()).filter(new RoutingKeyFilter(key, headers));
    }

    private static List<Object> received(RequestSpecification request, String header) {
        return headers(request).getList("'" + header + "'");
    }

    private static JsonPath headers(RequestSpecification request) {
        return request.get("/headers").then().statusCode(200).extract().jsonPath();
    }
}
