package dev.sandboxtests.benchmarks.local;

import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.benchmarks.kafka.LoadAverages;
import dev.sandboxtests.benchmarks.kafka.Spread;
import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 14's figure: what the local provider itself costs per sandbox — create, await ready, close — without
 * the fork's own start-up. The fork here is a view of a backend that is already running (shared by the run),
 * so each round measures only the provider's work: planning, the routing key, launching (a launcher that
 * returns at once), the readiness probe, routing the key at the router, publishing the routes and waiting for
 * their watchers (none here), and on close unrouting and removing the routes. Warm-up rounds are not counted.
 * Prints Markdown for {@code docs/benchmarks.md}:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.local.SandboxOverheadTiming [rounds]
 * </pre>
 */
@LocalSandbox(SandboxOverheadTiming.Catalog.class)
public final class SandboxOverheadTiming {

    static final String SERVICE = "catalog";
    private static final int WARM_UP = 50;

    private SandboxOverheadTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        System.out.print(run(rounds).markdown());
    }

    /** Times {@code rounds} sandboxes, one after another, on one session. */
    static Result run(int rounds) {
        String loadBefore = LoadAverages.now();
        List<Double> createAndReady = new ArrayList<>();
        List<Double> close = new ArrayList<>();
        try (SandboxSession session = SandboxSession.builder(SandboxOverheadTiming.class)
                .parameter("sandbox.provider", "local").parameter("sandbox.reaper.enabled", "false").build()) {
            SandboxSpec spec = SandboxSpec.builder("overhead").fork(ForkSpec.of(SERVICE)).build();
            for (int round = 0; round < WARM_UP + rounds; round++) {
                long start = System.nanoTime();
                Sandbox sandbox = session.start(spec);
                long ready = System.nanoTime();
                sandbox.close();
                long closed = System.nanoTime();
                if (round >= WARM_UP) {
                    createAndReady.add((ready - start) / 1e6);
                    close.add((closed - ready) / 1e6);
                }
            }
        }
        List<Double> total = new ArrayList<>();
        for (int i = 0; i < createAndReady.size(); i++) {
            total.add(createAndReady.get(i) + close.get(i));
        }
        return new Result(rounds, Spread.of(createAndReady), Spread.of(close), Spread.of(total), loadBefore,
                LoadAverages.now());
    }

    /** The figures of one run, in milliseconds. */
    record Result(int rounds, Spread createAndReady, Spread close, Spread total, String loadBefore, String loadAfter) {

        String markdown() {
            return String.format("""
                    | per sandbox (%d rounds after %d warm-up) | median | min | max |
                    |---|---|---|---|
                    | create + await ready | %.2f ms | %.2f ms | %.2f ms |
                    | close | %.2f ms | %.2f ms | %.2f ms |
                    | all three | %.2f ms | %.2f ms | %.2f ms |

                    Load (1-minute average) %s → %s.
                    """, rounds, WARM_UP, createAndReady.median(), createAndReady.min(), createAndReady.max(),
                    close.median(), close.min(), close.max(), total.median(), total.min(), total.max(), loadBefore,
                    loadAfter);
        }
    }

    /** {@code catalog}: a baseline, and a fork variant that is a view of the run's already running backend. */
    public static final class Catalog implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service(SERVICE)
                    .baseline(context -> Backend.start().asService())
                    .fork("view", context -> {
                        Backend backend = context.shared("overhead-backend", Backend.class, Backend::start);
                        return RunningService.inJvm(backend.uri(), () -> { });
                    });
        }
    }

    /** A JDK HTTP server on loopback answering 200 to everything. */
    public static final class Backend implements AutoCloseable {
        private final HttpServer server;

        private Backend(HttpServer server) {
            this.server = server;
        }

        static Backend start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/", exchange -> {
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                server.start();
                return new Backend(server);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the backend", e);
            }
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        RunningService asService() {
            return RunningService.inJvm(uri(), this);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
