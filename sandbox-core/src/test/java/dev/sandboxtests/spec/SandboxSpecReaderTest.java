package dev.sandboxtests.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading valid specs; {@link SandboxSpecReaderErrorsTest} covers what is rejected. */
class SandboxSpecReaderTest {

    private static final String RESOURCE = "sandboxes/pricing-discount.yaml";

    @Test
    void readsASignadotSpecFromText() throws IOException {
        SandboxSpec spec = SandboxSpecReader.read(resourceText(), "pricing-discount.yaml");

        assertIsPricingDiscount(spec);
    }

    @Test
    void readsASpecFromTheClassPath() {
        assertIsPricingDiscount(SandboxSpecReader.readResource(getClass().getClassLoader(), RESOURCE));
        assertIsPricingDiscount(SandboxSpecReader.readResource(getClass().getClassLoader(), "/" + RESOURCE));
    }

    @Test
    void readsASpecFile(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("pricing.yaml"), resourceText());

        assertIsPricingDiscount(SandboxSpecReader.read(file));
    }

    @Test
    void readsAMinimalSpec() {
        SandboxSpec spec = SandboxSpecReader.read("""
                name: minimal
                spec:
                  forks:
                    - forkOf: {name: pricing}
                """, "minimal.yaml");

        assertThat(spec).isEqualTo(SandboxSpec.builder("minimal").fork(ForkSpec.of("pricing")).build());
    }

    @Test
    void readsResourcesInSignadotsShapeWithTheirParametersAsText() {
        SandboxSpec spec = SandboxSpecReader.read("""
                name: orders-schema
                spec:
                  resources:
                    - name: orders-db
                      plugin: postgres-database
                      params:
                        template: orders_seed
                        migrations: classpath:db/orders-fork
                        pool: 4
                  forks: [{forkOf: {name: orders}}]
                """, "orders.yaml");

        assertThat(spec.resources()).containsExactly(ResourceSpec.of("orders-db", "postgres-database", Map.of(
                "template", "orders_seed", "migrations", "classpath:db/orders-fork", "pool", "4")));
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
    }

    @Test
    void rejectsAResourceWithoutPluginOrWithAnInvalidOrRepeatedName() {
        assertThatThrownBy(() -> SandboxSpecReader.read("""
                name: r
                spec:
                  resources: [{name: orders-db}]
                  forks: [{forkOf: {name: orders}}]
                """, "r.yaml")).isInstanceOf(SandboxSpecException.class)
                .hasMessageContaining("resource 'orders-db' names no plugin");
        assertThatThrownBy(() -> ResourceSpec.of("Orders_DB", "postgres-database", Map.of()))
                .hasMessageStartingWith("resource name 'Orders_DB' is not valid");
        ResourceSpec database = ResourceSpec.of("orders-db", "postgres-database", Map.of());
        assertThatThrownBy(() -> new SandboxSpec("r", List.of(ForkSpec.of("orders")), Optional.empty(), Map.of(),
                List.of(database, database))).hasMessage("resource 'orders-db' is declared twice; give each a name of its own");
    }

    @Test
    void readsEveryDurationForm() {
        for (String duration : List.of("30s", "10m", "PT10M", "1w")) {
            SandboxSpec spec = SandboxSpecReader.read("""
                    name: timed
                    spec:
                      ttl: {duration: %s}
                      forks: [{forkOf: {name: pricing}}]
                    """.formatted(duration), "timed.yaml");

            assertThat(spec.ttl()).contains(SpecDurations.parse(duration));
        }
    }

    @Test
    void acceptsTheSignadotFieldsWeIgnore() {
        SandboxSpec spec = SandboxSpecReader.read("""
                name: signadot
                cluster: staging
                description: at the top
                spec:
                  cluster: staging
                  description: Signadot shows this in its UI
                  defaultRouteGroup: {endpoints: [{name: web, target: "http://web.shop.svc:80"}]}
                  endpoints:
                    - {name: pricing-api, host: pricing.shop.svc, port: 8080, protocol: http}
                  forks:
                    - forkOf: {kind: Deployment, namespace: shop, name: pricing}
                      customizations:
                        patch: {type: strategic, value: "spec: {}"}
                """, "signadot.yaml");

        assertThat(spec.forks()).containsExactly(new ForkSpec(new ForkOf("Deployment", "shop", "pricing"), null));
    }

    private static void assertIsPricingDiscount(SandboxSpec spec) {
        assertThat(spec.name()).isEqualTo("pricing-discount");
        assertThat(spec.labels()).containsExactly(entry("team", "checkout"), entry("ticket", "shop-1234"));
        assertThat(spec.ttl()).contains(Duration.ofHours(2));
        assertThat(spec.forks()).hasSize(2);

        ForkSpec pricing = spec.forkOf("pricing").orElseThrow();
        assertThat(pricing.forkOf()).isEqualTo(new ForkOf("Deployment", "shop", "pricing"));
        assertThat(pricing.customizations().images())
                .containsExactly(new Customizations.Image("shop/pricing:discount-rule", "pricing"));
        assertThat(pricing.customizations().env()).containsExactly(
                new Customizations.EnvVar("DISCOUNT_PERCENT", "10", null),
                new Customizations.EnvVar("FEATURE_FLAGS", "returning-customers", "pricing"));

        ForkSpec orders = spec.forkOf("orders").orElseThrow();
        assertThat(orders.forkOf()).isEqualTo(new ForkOf("Rollout", "shop", "orders"));
        assertThat(orders.customizations()).isEqualTo(Customizations.NONE);
    }

    private static String resourceText() throws IOException {
        try (InputStream in = SandboxSpecReaderTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
