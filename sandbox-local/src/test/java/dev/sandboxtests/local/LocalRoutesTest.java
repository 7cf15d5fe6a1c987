package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.RoutesApi;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.WatchingRouteResolver;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The local provider's routes: who it starts learns who it is and where its route server is, a sandbox
 * is handed out only once every watching consumer knows its routes, and its routes go when it closes.
 */
@Timeout(120)
@Execution(ExecutionMode.CONCURRENT)
class LocalRoutesTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Workload CATALOG = Workload.named("catalog");
    private static final SandboxSpec FORK_CATALOG = SandboxSpec.builder("routes-test").fork(ForkSpec.of("catalog")).build();

    /** {@code catalog}, with a child process as fork and a watching consumer that is slow to take changes in. */
    public static final class CatalogWithSlowConsumer implements LocalEnvironment {
        static final AtomicReference<SlowWatcher> CONSUMER = new AtomicReference<>();

        @Override
        public void define(LocalServices services) {
            services.service("catalog")
                    .baseline(context -> NamedBackend.start("baseline").asService())
                    .fork("v2", ChildProcess.javaMain(InfoServerMain.class, "--port=${port}"))
                    .readinessPath("/health");
            services.service("consumer").readyWhenStarted().baseline(context -> {
                SlowWatcher watcher = SlowWatcher.start(context.routeServer());
                CONSUMER.set(watcher);
                return RunningService.worker(watcher::stop);
            });
        }
    }

    @LocalSandbox(CatalogWithSlowConsumer.class)
    static final class SlowConsumerBench {
    }

    /** {@code catalog} again, and one consumer that asked once and then got stuck. */
    public static final class CatalogWithStuckConsumer implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("catalog")
                    .baseline(context -> NamedBackend.start("baseline").asService())
                    .fork("v2", context -> NamedBackend.start("fork").asService());
            services.service("consumer").readyWhenStarted().baseline(context -> {
                ask(context.routeServer(), "watcher=stuck-consumer&knownVersion=0");
                return RunningService.worker(() -> { });
            });
        }
    }

    @LocalSandbox(CatalogWithStuckConsumer.class)
    static final class StuckConsumerBench {
    }

    @Test
    void aForkLearnsWhoItIsAndWhereTheRoutesAreAndEveryConsumerKnowsItsRoutesBeforeTheTestStarts() throws Exception {
        try (SandboxSession session = SandboxSession.forClass(SlowConsumerBench.class)) {
            Sandbox sandbox = session.start(FORK_CATALOG);

            SlowWatcher consumer = CatalogWithSlowConsumer.CONSUMER.get();
            assertThat(consumer.rules()).as("what the slow consumer knew when the sandbox was handed out")
                    .containsExactly(new RoutingRule(sandbox.routingKey(), CATALOG, "routes-test"));

            String info = ask(sandbox.endpoint("catalog"), sandbox.routingHeaders().headersFor(sandbox.routingKey()));
            assertThat(info).contains("env SIGNADOT_BASELINE_NAME=catalog")
                    .contains("env SIGNADOT_BASELINE_KIND=Deployment")
                    .contains("env SIGNADOT_SANDBOX_NAME=routes-test")
                    .contains("env SIGNADOT_SANDBOX_ROUTING_KEY=" + sandbox.routingKey())
                    .containsPattern("env SANDBOX_ROUTES_URL=http://127\\.0\\.0\\.1:\\d+");

            URI routes = URI.create(info.lines().filter(line -> line.startsWith("env SANDBOX_ROUTES_URL="))
                    .findFirst().orElseThrow().substring("env SANDBOX_ROUTES_URL=".length()));
            try (WatchingRouteResolver resolver = WatchingRouteResolver.watch(routes)) {
                assertThat(resolver.rules(CATALOG)).hasSize(1);
                sandbox.close();
                awaitNoRules(resolver);
            }
        }
    }

    @Test
    void aConsumerThatDoesNotTakeTheRoutesInFailsTheSandboxNamingIt() {
        try (SandboxSession session = SandboxSession.builder(StuckConsumerBench.class)
                .parameter("sandbox.ready-timeout", "2s").build()) {
            assertThatThrownBy(() -> session.start(FORK_CATALOG))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("The routes of sandbox 'routes-test' were not seen within 2 s by 1 consumer(s)")
                    .hasMessageContaining("(stuck-consumer)")
                    .hasMessageContaining("records for this sandbox could still reach their baseline");
        }
    }

    private static void awaitNoRules(RouteResolver resolver) throws InterruptedException {
        for (int attempt = 0; attempt < 100 && !resolver.rules(CATALOG).isEmpty(); attempt++) {
            Thread.sleep(100);
        }
        assertThat(resolver.rules(CATALOG)).as("rules once the sandbox closed").isEmpty();
    }

    private static String ask(URI service, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve("/info"));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String ask(URI routeServer, String query) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(routeServer.resolve(RoutesApi.PATH + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * A consumer that watches the route server as {@link WatchingRouteResolver} does, but takes a second
     * to take each change in: without the provider's wait, the sandbox would be handed out before it knew.
     */
    static final class SlowWatcher {
        private final URI server;
        private final AtomicReference<List<RoutingRule>> rules = new AtomicReference<>(List.of());
        private final Thread thread;
        private volatile boolean stopped;

        private SlowWatcher(URI server) {
            this.server = server;
            this.thread = new Thread(this::watch, "slow-watcher");
            thread.setDaemon(true);
        }

        static SlowWatcher start(URI server) {
            SlowWatcher watcher = new SlowWatcher(server);
            watcher.thread.start();
            return watcher;
        }

        List<RoutingRule> rules() {
            return rules.get();
        }

        void stop() {
            stopped = true;
            thread.interrupt();
        }

        private void watch() {
            long known = -1;
            while (!stopped) {
                try {
                    HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(server.resolve(RoutesApi.PATH
                            + "?watcher=slow-consumer&knownVersion=" + known + "&waitSeconds=5")).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long version = Long.parseLong(response.headers().firstValue(RoutesApi.VERSION_HEADER).orElse("-1"));
                    List<RoutingRule> latest = RoutesApi.read(response.body());
                    if (version != known && known >= 0) {
                        Thread.sleep(1000); // slow to take the change in
                    }
                    rules.set(latest);
                    known = version;
                } catch (IOException | InterruptedException e) {
                    return; // stopped, or the environment's server is gone
                }
            }
        }
    }
}
