package dev.sandboxtests.benchmarks.router;

import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * The local provider's router for service {@code web}, in front of a baseline and a fork that are already
 * running elsewhere (for the benchmark: two nginx servers answering 200 at once), built through the public
 * API a user has outside JUnit. Prints one line the load script reads, then routes until its standard input
 * ends:
 * <pre>
 * java -Drouter.baseline=http://127.0.0.1:18081 -Drouter.fork=http://127.0.0.1:18082 \
 *      -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.router.RouterUnderLoad
 * router=http://127.0.0.1:40123 key=k3xj... header=baggage: sd-routing-key=k3xj...
 * </pre>
 * Both instances are views of servers this JVM does not own: closing the sandbox stops neither.
 */
@LocalSandbox(RouterUnderLoad.Web.class)
public final class RouterUnderLoad {

    static final String SERVICE = "web";

    private RouterUnderLoad() {
    }

    public static void main(String[] args) throws IOException {
        try (SandboxSession session = SandboxSession.builder(RouterUnderLoad.class)
                .parameter("sandbox.provider", "local").parameter("sandbox.reaper.enabled", "false").build()) {
            Sandbox sandbox = session.start(SandboxSpec.builder("router-under-load").fork(ForkSpec.of(SERVICE)).build());
            Map<String, String> headers = sandbox.routingHeaders().headersFor(sandbox.routingKey());
            Map.Entry<String, String> header = headers.entrySet().iterator().next();
            System.out.println("router=" + sandbox.endpoint(SERVICE) + " key=" + sandbox.routingKey().value()
                    + " header=" + header.getKey() + ": " + header.getValue());
            System.out.flush();
            waitForEndOf(System.in);
        }
    }

    private static void waitForEndOf(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Nothing to read: the script closes our input to stop us.
        }
    }

    /** {@code web}: its baseline at {@code router.baseline}, its only fork variant at {@code router.fork}. */
    public static final class Web implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service(SERVICE)
                    .baseline(context -> running("router.baseline"))
                    .fork("variant", context -> running("router.fork"));
        }

        private static RunningService running(String property) {
            String uri = System.getProperty(property);
            if (uri == null) {
                throw new IllegalStateException("Set -D" + property + "=http://127.0.0.1:<port>: where the "
                        + property.substring("router.".length()) + " instance of 'web' already listens");
            }
            return RunningService.inJvm(URI.create(uri), () -> { });
        }
    }
}
