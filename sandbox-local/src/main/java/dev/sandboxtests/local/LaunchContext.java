package dev.sandboxtests.local;

import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.settings.SandboxSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** What a {@link ServiceLauncher} knows about the instance it starts. */
public interface LaunchContext {

    /** The logical service, e.g. {@code pricing}. */
    String service();

    /**
     * Who this instance is: the baseline of its service, or a fork of it in a sandbox with its routing
     * key. A consumer that decides per message builds its {@code ConsumerRouting} from it. Child processes
     * get it as the environment variables of {@link WorkloadIdentity} ({@code SIGNADOT_BASELINE_NAME},
     * and on forks {@code SIGNADOT_SANDBOX_NAME}, {@code SIGNADOT_SANDBOX_ROUTING_KEY}).
     */
    WorkloadIdentity identity();

    /**
     * Where the provider's route server listens (Signadot's routes API shape): which routing keys go to a
     * fork of which service. Child processes get it as {@code SANDBOX_ROUTES_URL}.
     *
     * <pre>{@code
     * RouteResolver routes = WatchingRouteResolver.watch(context.routeServer());
     * }</pre>
     */
    URI routeServer();

    /** {@code baseline}, or {@code fork-<variant>-<routing key>} for a fork; used in log file names. */
    String role();

    /** A free port on 127.0.0.1 reserved for this instance; child processes should listen on it. */
    int port();

    /** The routed entry point of another service: calls to it must go there so that they are routed. */
    URI endpoint(String service);

    /** The environment customizations of the sandbox's fork (empty for a baseline). */
    Map<String, String> env();

    /** A directory for this instance's log files. */
    Path logDirectory();

    /**
     * This test JVM's reaper: register what the instance creates that must not outlive a killed JVM
     * (a container, a temporary database), and close the registration once it is removed normally.
     * {@link ChildProcess} registers its process by itself.
     */
    Reaper reaper();

    /**
     * The run's settings (JUnit configuration parameters, then system properties, then environment
     * variables), for a launcher that reads a setting of another module (where a database server is, say).
     */
    default SandboxSettings settings() {
        return SandboxSettings.fromSystem();
    }

    /**
     * A thing shared by every sandbox of the test run, made by {@code factory} on first use and closed at
     * the end of the run (under JUnit it lives in the root {@code Store}): the same as
     * {@link dev.sandboxtests.provider.ProvisioningContext#shared}, so that a service's launcher and a
     * resource plugin reach the same database server, say.
     *
     * <pre>{@code
     * EmbeddedPostgresServer server = context.shared(EmbeddedPostgresServer.SHARED_KEY,
     *         EmbeddedPostgresServer.class, EmbeddedPostgresServer::start);
     * }</pre>
     *
     * @throws UnsupportedOperationException where the context belongs to no test run
     */
    default <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        throw new UnsupportedOperationException("This launch of '" + service() + "' belongs to no test run that could"
                + " share '" + key + "'; start it through a sandbox provider.");
    }
}
