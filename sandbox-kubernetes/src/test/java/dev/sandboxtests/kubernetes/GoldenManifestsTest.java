package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkOf;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifests a sandbox applies, through the dry run ({@code sandbox.kubernetes.dry-run}), which writes exactly
 * them and applies nothing: compared with golden files (see {@link GoldenFiles} for how to regenerate them).
 */
@EnableKubernetesMockClient(crud = true)
class GoldenManifestsTest {

    static KubernetesClient client;

    private static final RoutingKey KEY = RoutingKey.parse("7r3xyg4bq9rrv4g9");
    private static final SandboxSpec SPEC = SandboxSpec.builder("volume-discount")
            .fork(new ForkSpec(new ForkOf("Deployment", null, "pricing"), new Customizations(
                    List.of(new Customizations.Image("volume-discount", null)),
                    List.of(new Customizations.EnvVar("DISCOUNT_PERCENT", "20", null)))))
            .label("team", "checkout").build();

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client,
            Clock.fixed(Instant.parse("2026-12-06T04:00:00Z"), ZoneOffset.UTC), () -> KEY);

    @TempDir
    Path dryRun;

    @Test
    void entriesInTheClustersVirtualServiceWithTheSignadotHeaders() throws Exception {
        ShopCluster shop = new ShopCluster(client, "golden-own").withPricing().withVirtualService();
        List<String> before = shop.baselineSpecs();

        Sandbox sandbox = dryRun("golden-own", "sandbox.routing.headers", "signadot");

        GoldenFiles.assertMatches("istio-virtualservice-of-the-cluster.yaml", written());
        assertThat(shop.objectsOf(KEY.value())).isEmpty();
        assertThat(shop.baselineSpecs()).isEqualTo(before);
        sandbox.awaitReady(Duration.ZERO);
        assertThat(sandbox.endpoint("pricing")).isEqualTo(URI.create("http://pricing.golden-own.svc.cluster.local:8080"));
        sandbox.close();
    }

    @Test
    void aVirtualServiceOfTheSandboxWhereTheClusterHasNone() throws Exception {
        ShopCluster shop = new ShopCluster(client, "golden-none").withPricing();

        dryRun("golden-none");

        GoldenFiles.assertMatches("istio-virtualservice-of-the-sandbox.yaml", written());
        assertThat(shop.objectsOf(KEY.value())).isEmpty();
        assertThat(shop.virtualService("sandbox-tests-pricing")).isNull();
    }

    @Test
    void gatewayApiRoutesForAnHttpAndAGrpcPort() throws Exception {
        ShopCluster shop = new ShopCluster(client, "golden-gateway").withTwoPortPricing();

        dryRun("golden-gateway", "sandbox.kubernetes.mesh", "gateway-api");

        GoldenFiles.assertMatches("gateway-api-http-and-grpc.yaml", written());
        assertThat(shop.objectsOf(KEY.value())).isEmpty();
    }

    private Sandbox dryRun(String namespace, String... settings) {
        List<String> parameters = new java.util.ArrayList<>(List.of("sandbox.kubernetes.namespace", namespace,
                "sandbox.kubernetes.dry-run", dryRun.toString(),
                "sandbox.kubernetes.image-template", "registry.example.com/{service}:{image}"));
        parameters.addAll(List.of(settings));
        return provider.create(SPEC, TestContext.of(getClass(), parameters.toArray(String[]::new)));
    }

    private String written() throws java.io.IOException {
        try (var files = Files.list(dryRun)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("volume-discount.yaml");
        }
        return Files.readString(dryRun.resolve("volume-discount.yaml"));
    }
}
