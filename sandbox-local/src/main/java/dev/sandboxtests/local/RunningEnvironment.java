package dev.sandboxtests.local;

import dev.sandboxtests.provider.FileNames;
import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutesServer;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.settings.SandboxSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A started {@link LocalEnvironment}: one router per logical service and the shared baselines.
 * Shared by all sandboxes of a test run that name the same environment; closed when the run ends.
 */
final class RunningEnvironment implements AutoCloseable {

    private final String name;
    private final LocalServices services;
    private final Map<String, ServiceRouter> routers = new LinkedHashMap<>();
    private final List<RunningService> baselines = new ArrayList<>();
    private final Path logRoot;
    private final Reaper reaper;
    private final ProvisioningContext run;
    /** Who is routed where, for consumers that decide per message (Kafka); served to child processes. */
    private final RouteTable routes = new RouteTable();
    private RoutesServer routesServer;

    private RunningEnvironment(String name, LocalServices services, Path logRoot, Reaper reaper, ProvisioningContext run) {
        this.name = name;
        this.services = services;
        this.logRoot = logRoot;
        this.reaper = reaper;
        this.run = run;
    }

    /**
     * Starts routers for every service, then every baseline, and waits until the baselines are ready.
     * On failure everything started so far is stopped before the exception is thrown. What the
     * instances register with {@code reaper} is removed should the JVM be killed.
     */
    static RunningEnvironment start(LocalEnvironment definition, RoutingHeaders headers, Duration timeout, Path logRoot,
            Reaper reaper) {
        return start(definition, headers, timeout, logRoot, reaper, null);
    }

    /** @param run the run's provisioning context, whose shared things launchers may use; {@code null} for none */
    static RunningEnvironment start(LocalEnvironment definition, RoutingHeaders headers, Duration timeout, Path logRoot,
            Reaper reaper, ProvisioningContext run) {
        LocalServices services = LocalServices.of(definition);
        // The full class name: two environments of the same simple name must not share logs.
        String directory = FileNames.safe(definition.getClass().getName());
        RunningEnvironment environment = new RunningEnvironment(definition.getClass().getSimpleName(),
                services, logRoot.resolve(directory), reaper, run);
        try {
            environment.routesServer = RoutesServer.start(environment.routes);
            services.declarations().keySet().forEach(service ->
                    environment.routers.put(service, new ServiceRouter(service, headers)));
            for (ServiceDeclaration declaration : services.declarations().values()) {
                environment.startBaseline(declaration, timeout);
            }
            return environment;
        } catch (RuntimeException e) {
            environment.closeQuietly(e);
            throw e;
        }
    }

    private void startBaseline(ServiceDeclaration declaration, Duration timeout) {
        InstanceStartEvent event = InstanceStartEvent.baseline(declaration.name(), name);
        boolean ready = false;
        try {
            String who = "baseline of '" + declaration.name() + "' (environment " + name + ")";
            LaunchContext context = launchContext(WorkloadIdentity.baseline(Workload.named(declaration.name())),
                    "baseline", Map.of());
            long deadline = System.nanoTime() + timeout.toNanos();
            String setting = LocalSettings.STARTUP_TIMEOUT.key();
            RunningService instance = BoundedLaunch.start(declaration.baseline(), context, timeout, who, setting);
            baselines.add(instance);
            declaration.readiness().await(instance, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), who,
                    setting);
            routers.get(declaration.name()).routeBaseline(instance);
            ready = true;
        } finally {
            event.finish(ready);
        }
    }

    /** The environment's simple class name, as messages and recorded events name it. */
    String name() {
        return name;
    }

    LaunchContext launchContext(WorkloadIdentity identity, String role, Map<String, String> env) {
        return new Launch(identity, role, FreePorts.next(), env, logRoot);
    }

    /** The rules of the sandboxes of this environment, served at {@link #routeServer()}. */
    RouteTable routes() {
        return routes;
    }

    /** Where the route server of this environment listens. */
    URI routeServer() {
        return routesServer.uri();
    }

    ServiceRouter router(String service) {
        services.declaration(service, name);
        return routers.get(service);
    }

    Map<String, URI> endpoints() {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        routers.forEach((service, router) -> endpoints.put(service, router.uri()));
        return Collections.unmodifiableMap(endpoints);
    }

    /** Where the child processes of this environment write their logs. */
    Path logDirectory() {
        return logRoot;
    }

    @Override
    public void close() {
        SandboxStepEvent step = SandboxStepEvent.begun("environment close", "", name);
        SandboxException failure = new SandboxException("Could not stop every part of local environment " + name);
        closeQuietly(failure);
        step.finish(failure.getSuppressed().length == 0);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private void closeQuietly(Exception collector) {
        if (routesServer != null) {
            routesServer.close();
        }
        // Stopped together: each router waits for Netty's quiet period, which adds up one by one.
        List<CompletableFuture<Void>> stopping = routers.values().stream().map(ServiceRouter::stop).toList();
        for (CompletableFuture<Void> stop : stopping) {
            try {
                stop.join();
            } catch (RuntimeException e) {
                collector.addSuppressed(e);
            }
        }
        for (RunningService baseline : baselines) {
            try {
                baseline.close();
            } catch (RuntimeException e) {
                collector.addSuppressed(e);
            }
        }
    }

    private final class Launch implements LaunchContext {
        private final WorkloadIdentity identity;
        private final String role;
        private final int port;
        private final Map<String, String> env;
        private final Path logDirectory;

        Launch(WorkloadIdentity identity, String role, int port, Map<String, String> env, Path logDirectory) {
            this.identity = identity;
            this.role = role;
            this.port = port;
            this.env = Map.copyOf(env);
            this.logDirectory = logDirectory;
        }

        @Override
        public String service() {
            return identity.baseline().name();
        }

        @Override
        public WorkloadIdentity identity() {
            return identity;
        }

        @Override
        public URI routeServer() {
            return RunningEnvironment.this.routeServer();
        }

        @Override
        public String role() {
            return role;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public URI endpoint(String other) {
            return router(other).uri();
        }

        @Override
        public Map<String, String> env() {
            return env;
        }

        @Override
        public Path logDirectory() {
            return logDirectory;
        }

        @Override
        public Reaper reaper() {
            return reaper;
        }

        @Override
        public SandboxSettings settings() {
            return run == null ? LaunchContext.super.settings() : run.settings();
        }

        @Override
        public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
            if (run == null) {
                return LaunchContext.super.shared(key, type, factory);
            }
            return run.shared(key, type, factory);
        }
    }
}
