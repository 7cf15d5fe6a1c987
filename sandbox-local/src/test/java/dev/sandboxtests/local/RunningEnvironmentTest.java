package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routing.RoutingHeaders;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A started environment: a router per service in front of its baseline; stopping it stops both.
 * Each test starts and stops its own environment, which mostly waits for routers to stop, so the
 * tests run concurrently.
 */
@Execution(ExecutionMode.CONCURRENT)
class RunningEnvironmentTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path logs;

    /** Two in-JVM services; remembers where their baselines listen. */
    static final class TwoServices implements LocalEnvironment {
        final List<URI> baselines = new CopyOnWriteArrayList<>();

        @Override
        public void define(LocalServices services) {
            services.service("catalog").baseline(context -> started("catalog"));
            services.service("stock").baseline(context -> started("stock"));
        }

        RunningService started(String name) throws IOException {
            RunningService service = NamedBackend.start(name).asService();
            baselines.add(service.uri());
            return service;
        }
    }

    @Test
    void everyServiceGetsARouterInFrontOfItsBaseline() throws Exception {
        TwoServices definition = new TwoServices();
        try (RunningEnvironment environment = start(definition)) {
            assertThat(environment.endpoints()).containsOnlyKeys("catalog", "stock");
            assertThat(environment.endpoints().values()).doesNotContainAnyElementsOf(definition.baselines);

            assertThat(get(environment.endpoints().get("catalog").resolve("/items")).body())
                    .isEqualTo("catalog GET /items");
            assertThat(get(environment.router("stock").uri().resolve("/levels")).body())
                    .isEqualTo("stock GET /levels");
        }
    }

    @Test
    void closingStopsTheRoutersAndTheBaselines() throws Exception {
        TwoServices definition = new TwoServices();
        RunningEnvironment environment = start(definition);
        List<URI> routers = List.copyOf(environment.endpoints().values());

        environment.close();

        for (URI uri : routers) {
            assertRefusedSoon(uri, "router");
        }
        assertThat(definition.baselines).hasSize(2);
        for (URI uri : definition.baselines) {
            assertRefusedSoon(uri, "baseline");
        }
    }

    /**
     * The port refuses connections within a few seconds: a server's event loop may release its socket a moment
     * after its stop returned (seen once in CI, under load); one that still listens then fails this.
     */
    private static void assertRefusedSoon(URI uri, String what) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                get(uri);
            } catch (ConnectException refused) {
                return;
            } catch (Exception other) {
                // Not refused yet (a reset while closing, say): look again.
            }
            if (System.nanoTime() > deadline) {
                assertThatThrownBy(() -> get(uri)).as("%s %s, 5 s after close", what, uri)
                        .isInstanceOf(ConnectException.class);
                return;
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aBaselineThatCannotStartFailsTheStartNamingItAndStopsWhatHadStarted() {
        TwoServices healthy = new TwoServices();
        LocalEnvironment broken = services -> {
            healthy.define(services);
            services.service("payments").baseline(context -> {
                throw new IOException("port 8080 is in use");
            });
        };

        assertThatThrownBy(() -> start(broken))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("The baseline of 'payments'")
                .hasMessageContaining("could not be started: java.io.IOException: port 8080 is in use");
        assertThat(healthy.baselines).hasSize(2);
        for (URI uri : healthy.baselines) {
            assertThatThrownBy(() -> get(uri)).as("baseline %s", uri).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aServiceWithoutBaselineIsAConfigurationErrorSayingWhatToCall() {
        LocalEnvironment noBaseline = services -> services.service("catalog").fork("v2", context -> null);

        assertThatThrownBy(() -> start(noBaseline))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageContaining("Local service 'catalog' declares no baseline")
                .hasMessageContaining("services.service(\"catalog\").baseline(...)");
    }

    @Test
    void aLauncherThatReturnsNothingIsNamed() {
        LocalEnvironment nothing = services -> services.service("catalog").baseline(context -> null);

        assertThatThrownBy(() -> start(nothing))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("The launcher of the baseline of 'catalog'")
                .hasMessageContaining("returned no RunningService");
    }

    @Test
    void anEnvironmentWithoutServicesIsAConfigurationError() {
        LocalEnvironment empty = services -> { };

        assertThatThrownBy(() -> start(empty))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageContaining("declares no services");
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** In-JVM services only: nothing for the reaper. */
    private RunningEnvironment start(LocalEnvironment definition) {
        return RunningEnvironment.start(definition, RoutingHeaders.defaults(), TIMEOUT, logs, Reaper.disabled());
    }
}
