package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.junit.EchoEnvironment;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.Sandbox;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Specifications for the fork carry the sandbox's key, those for baseline none; each call gives a
 * new specification. Runs against a real local sandbox, as a user's test class would.
 */
@SandboxTest(forks = @Fork("echo"))
@LocalSandbox(EchoEnvironment.class)
class RoutedRequestsTest {

    @Test
    void aForkRequestCarriesTheKeyAndReachesTheFork(Sandbox sandbox) {
        JsonPath who = whoami(RoutedRequests.toFork(sandbox, sandbox.endpoint("echo")));

        assertThat(who.getString("version")).isEqualTo("fork");
        assertThat(who.getString("baggage")).isEqualTo("sd-routing-key=" + sandbox.routingKey());
    }

    @Test
    void aBaselineRequestCarriesNoKeyAndReachesBaseline(Sandbox sandbox) {
        JsonPath who = whoami(RoutedRequests.toBaseline(sandbox.endpoint("echo")));

        assertThat(who.getString("version")).isEqualTo("baseline");
        assertThat(who.getString("baggage")).isEmpty();
    }

    @Test
    void eachCallGivesANewSpecification(Sandbox sandbox) {
        RoutedRequests.toFork(sandbox, sandbox.endpoint("echo")).header("baggage", "team=a");

        JsonPath who = whoami(RoutedRequests.toFork(sandbox, sandbox.endpoint("echo")));

        assertThat(who.getString("baggage")).isEqualTo("sd-routing-key=" + sandbox.routingKey());
    }

    private static JsonPath whoami(RequestSpecification request) {
        return request.get("/whoami").then().statusCode(200).extract().jsonPath();
    }
}
