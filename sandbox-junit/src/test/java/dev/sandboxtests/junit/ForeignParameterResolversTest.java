package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalSandbox;
import io.restassured.RestAssured;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A test class may use another extension that resolves the same client types (its own RestAssured
 * specification, a URI): parameters marked {@code @SandboxService} are ours, the others are theirs,
 * and JUnit sees no competing resolvers.
 */
class ForeignParameterResolversTest {

    @Test
    void eachExtensionResolvesItsOwnParameters() {
        EngineExecutionResults results = Scenarios.run(BothExtensionsScenario.class);

        Scenarios.assertAllSucceeded(results, 1);
    }

    /** What a team's own extension might do: a RestAssured specification and a URI for an unrelated server. */
    static final class TheirClients implements ParameterResolver {
        static final URI THEIR_SERVER = URI.create("http://127.0.0.1:9/theirs");

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return !parameter.isAnnotated(SandboxService.class)
                    && (type == RequestSpecification.class || type == URI.class);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == URI.class ? THEIR_SERVER
                    : RestAssured.given().header("x-owner", "their-extension");
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    @ExtendWith(TheirClients.class)
    static class BothExtensionsScenario {

        @Test
        void bothKindsOfParameterAreResolved(RequestSpecification theirs, URI theirServer,
                @SandboxService("echo") RequestSpecification echo, @SandboxService("echo") URI echoEntry) {
            assertThat(((FilterableRequestSpecification) theirs).getHeaders().getValue("x-owner"))
                    .isEqualTo("their-extension");
            assertThat(theirServer).isEqualTo(TheirClients.THEIR_SERVER);
            assertThat(echo.get("/whoami").then().statusCode(200).extract().jsonPath().getString("version"))
                    .isEqualTo("fork");
            assertThat(echoEntry.getHost()).isEqualTo("127.0.0.1");
        }
    }
}
