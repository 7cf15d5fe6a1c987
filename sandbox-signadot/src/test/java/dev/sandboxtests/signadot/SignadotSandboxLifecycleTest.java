package dev.sandboxtests.signadot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkOf;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sandbox made, awaited, used and deleted through the provider's front door, {@link SandboxSession}. */
class SignadotSandboxLifecycleTest {

    @SignadotSandbox(cluster = "staging", namespace = "shop", labels = {"team=checkout", "tier=test"},
            description = "volume discount")
    static final class Shop {
    }

    private static final SandboxSpec PRICING = SandboxSpec.builder("pricing-test")
            .fork(new ForkSpec(new ForkOf("Deployment", null, "pricing"), new Customizations(
                    List.of(new Customizations.Image("registry.example.com/pricing:pr-42", "pricing")),
                    List.of(new Customizations.EnvVar("DISCOUNT_PERCENT", "20", null)))))
            .fork(new ForkSpec(new ForkOf("Rollout", "billing", "invoices"), null))
            .ttl(Duration.ofHours(2))
            .label("tier", "from-spec")
            .build();

    @Test
    void theSandboxIsCreatedFromTheSpecAwaitedAndDeletedOnClose() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY).readyAfterGets(3);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri())
                        .parameter(SignadotSettings.ENDPOINT_TEMPLATE.key(), "http://{service}.{namespace}.svc:8080")
                        .parameter(SignadotSettings.ENDPOINTS.key(), "orders=http://orders.shop.svc:9090")
                        .build()) {
            Sandbox sandbox = session.start(PRICING);
            String signadotName = single(signadot.sandboxes());

            assertThat(signadotName).matches("pricing-test-[a-z0-9]{6}");
            assertThat(sandbox.name()).isEqualTo("pricing-test");
            assertThat(signadot.calls()).as("created once, then asked until ready on the third GET")
                    .containsExactly("PUT " + FakeSignadot.PATH + signadotName, "GET " + FakeSignadot.PATH + signadotName,
                            "GET " + FakeSignadot.PATH + signadotName, "GET " + FakeSignadot.PATH + signadotName);
            assertThat(sandbox.routingKey().value()).startsWith("k");
            assertThat(sandbox.endpoint("pricing")).isEqualTo(URI.create("http://pricing.shop.svc:8080"));
            assertThat(sandbox.endpoint("invoices")).as("the fork's own namespace").isEqualTo(URI.create("http://invoices.billing.svc:8080"));
            assertThat(sandbox.endpoint("orders")).as("listed wins over the template").isEqualTo(URI.create("http://orders.shop.svc:9090"));
            assertThat(sandbox.endpoint("catalog")).as("a baseline service, in the default namespace")
                    .isEqualTo(URI.create("http://catalog.shop.svc:8080"));
            assertThat(sandbox.endpoints()).containsOnlyKeys("orders", "pricing", "invoices");
            assertThat(sandbox.toString()).contains(signadotName).doesNotContain(TestSessions.API_KEY);

            sandbox.close();
            assertThat(signadot.sandboxes()).isEmpty();
            assertThat(signadot.calls()).last().isEqualTo("DELETE " + FakeSignadot.PATH + signadotName);
            sandbox.close();
            assertThat(signadot.calls()).as("closing twice deletes once").filteredOn(call -> call.startsWith("DELETE")).hasSize(1);
        }
    }

    @Test
    void theRequestCarriesSignadotsSandboxSpec() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri()).build()) {
            session.start(PRICING);

            JsonNode body = signadot.putBodies().get(0);
            assertThat(body.path("name").asText()).isEqualTo(single(signadot.sandboxes()));
            JsonNode spec = body.path("spec");
            assertThat(spec.path("cluster").asText()).isEqualTo("staging");
            assertThat(spec.path("description").asText()).isEqualTo("volume discount");
            assertThat(spec.path("labels").path("team").asText()).isEqualTo("checkout");
            assertThat(spec.path("labels").path("tier").asText()).as("the spec's label wins").isEqualTo("from-spec");
            assertThat(spec.path("ttl").path("duration").asText()).isEqualTo("2h");
            assertThat(spec.path("ttl").path("offsetFrom").asText()).isEqualTo("createdAt");
            JsonNode pricing = spec.path("forks").get(0);
            assertThat(pricing.path("forkOf").path("kind").asText()).isEqualTo("Deployment");
            assertThat(pricing.path("forkOf").path("namespace").asText()).as("the configured default").isEqualTo("shop");
            assertThat(pricing.path("forkOf").path("name").asText()).isEqualTo("pricing");
            assertThat(pricing.path("customizations").path("images").get(0).path("image").asText())
                    .isEqualTo("registry.example.com/pricing:pr-42");
            assertThat(pricing.path("customizations").path("images").get(0).path("container").asText()).isEqualTo("pricing");
            assertThat(pricing.path("customizations").path("env").get(0).path("name").asText()).isEqualTo("DISCOUNT_PERCENT");
            assertThat(pricing.path("customizations").path("env").get(0).path("value").asText()).isEqualTo("20");
            assertThat(pricing.path("customizations").path("env").get(0).has("container")).as("no null fields").isFalse();
            JsonNode invoices = spec.path("forks").get(1);
            assertThat(invoices.path("forkOf").path("kind").asText()).isEqualTo("Rollout");
            assertThat(invoices.path("forkOf").path("namespace").asText()).isEqualTo("billing");
            assertThat(invoices.has("customizations")).isFalse();
            assertThat(spec.has("resources")).as("none declared, none sent").isFalse();
        }
    }

    @Test
    void resourcesAreSignadotsToMakeAndGoAsDeclared() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri()).build()) {
            session.start(PRICING.toBuilder().resource(ResourceSpec.of("orders-db", "sd-mariadb",
                    Map.of("dbname", "orders"))).build());

            JsonNode resources = signadot.putBodies().get(0).path("spec").path("resources");
            assertThat(resources).hasSize(1);
            assertThat(resources.get(0).path("name").asText()).isEqualTo("orders-db");
            assertThat(resources.get(0).path("plugin").asText()).isEqualTo("sd-mariadb");
            assertThat(resources.get(0).path("params").path("dbname").asText()).isEqualTo("orders");
        }
    }

    @Test
    void aServiceTheSandboxDoesNotKnowIsAClearError() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri())
                        .parameter(SignadotSettings.ENDPOINTS.key(), "orders=http://orders.shop.svc:9090").build()) {
            Sandbox sandbox = session.start(PRICING);

            assertThatThrownBy(() -> sandbox.endpoint("ordres"))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("does not know where tests reach service 'ordres'; it knows [orders]")
                    .hasMessageContaining(SignadotSettings.ENDPOINTS.key())
                    .hasMessageContaining(SignadotSettings.ENDPOINT_TEMPLATE.key());
        }
    }

    @Test
    void settingsWinOverTheAnnotation() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri())
                        .parameter(SignadotSettings.CLUSTER.key(), "ci-cluster")
                        .parameter(SignadotSettings.NAMESPACE.key(), "shop-ci").build()) {
            session.start(PRICING);

            JsonNode spec = signadot.putBodies().get(0).path("spec");
            assertThat(spec.path("cluster").asText()).isEqualTo("ci-cluster");
            assertThat(spec.path("forks").get(0).path("forkOf").path("namespace").asText()).isEqualTo("shop-ci");
        }
    }

    @Test
    void signadotsOwnVariablesNameTheOrganisationAndTheKey() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY);
                SandboxSession session = SandboxSession.builder(Shop.class)
                        .parameter("sandbox.provider", SignadotSandboxProvider.NAME)
                        .parameter(SignadotSettings.API_URL.key(), signadot.uri().toString())
                        // SIGNADOT_ORG and SIGNADOT_API_KEY in the environment are these settings.
                        .parameter(SignadotSettings.ORG_FALLBACK.key(), FakeSignadot.ORG)
                        .parameter(SignadotSettings.API_KEY_FALLBACK.key(), TestSessions.API_KEY)
                        .parameter(SignadotSettings.POLL_INTERVAL.key(), "PT0.01S")
                        .parameter("sandbox.reaper.enabled", "false").build()) {
            assertThat(SignadotSettings.ORG_FALLBACK.environmentVariable()).isEqualTo("SIGNADOT_ORG");
            assertThat(SignadotSettings.API_KEY_FALLBACK.environmentVariable()).isEqualTo("SIGNADOT_API_KEY");

            session.start(PRICING);

            assertThat(signadot.sandboxes()).hasSize(1);
        }
    }

    static String single(java.util.Set<String> names) {
        assertThat(names).hasSize(1);
        return names.iterator().next();
    }
}
