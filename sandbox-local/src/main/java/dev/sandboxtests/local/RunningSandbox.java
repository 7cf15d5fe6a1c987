package dev.sandboxtests.local;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A sandbox of the local provider: its forks run on 127.0.0.1 and the shared routers send its key to them. */
final class RunningSandbox implements Sandbox {

    /** A fork to start: which service, which declared variant, with which environment. */
    record PlannedFork(ServiceDeclaration declaration, String variant, ServiceLauncher launcher, Map<String, String> env) {
    }

    private record StartedFork(String service, RunningService instance) {
    }

    private final SandboxSpec spec;
    private final RoutingKey key;
    private final RoutingHeaders headers;
    private final RunningEnvironment environment;
    private final List<PlannedFork> planned;
    private final SandboxResources resources;
    private final List<StartedFork> started = new ArrayList<>();
    private boolean closed;
    private boolean routesPublished;

    RunningSandbox(SandboxSpec spec, RoutingKey key, RoutingHeaders headers, RunningEnvironment environment,
            List<PlannedFork> planned, SandboxResources resources) {
        this.spec = spec;
        this.key = key;
        this.headers = headers;
        this.environment = environment;
        this.planned = List.copyOf(planned);
        this.resources = resources;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public SandboxSpec spec() {
        return spec;
    }

    @Override
    public RoutingKey routingKey() {
        return key;
    }

    @Override
    public RoutingHeaders routingHeaders() {
        return headers;
    }

    @Override
    public URI endpoint(String service) {
        return environment.router(service).uri();
    }

    @Override
    public Map<String, URI> endpoints() {
        return environment.endpoints();
    }

    /** Counted by the service's router; empty for a service this sandbox does not fork. */
    @Override
    public OptionalLong forkRequests(String service) {
        return spec.forkOf(service).isPresent() ? environment.router(service).forkRequests(key) : OptionalLong.empty();
    }

    @Override
    public Map<String, String> resourceOutputs(String resource) {
        return resources.outputsOf(resource);
    }

    /** The environment's log directory, once a child process has written to it (in-JVM services log elsewhere). */
    @Override
    public Optional<String> logs() {
        Path logs = environment.logDirectory().toAbsolutePath();
        return Files.isDirectory(logs) ? Optional.of(logs.toString()) : Optional.empty();
    }

    /**
     * Starts each fork, waits until it is ready, then routes this sandbox's key to it; finally publishes
     * the sandbox's routing rules and waits until every consumer watching the environment's route server
     * has them, so that no record for this sandbox reaches a baseline consumer that does not know yet.
     */
    @Override
    public synchronized void awaitReady(Duration timeout) {
        if (closed) {
            throw new SandboxException("Sandbox '" + name() + "' is closed.");
        }
        SandboxStepEvent step = SandboxStepEvent.begun("await ready", name(), environment.name());
        boolean ready = false;
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            String setting = "@SandboxTest(readyTimeout) or sandbox.ready-timeout";
            for (PlannedFork fork : planned.subList(started.size(), planned.size())) {
                startFork(fork, deadline, setting);
            }
            if (!routesPublished) {
                routesPublished = true;
                publishRoutes(left(deadline), setting);
            }
            ready = true;
        } finally {
            step.finish(ready);
        }
    }

    private void startFork(PlannedFork fork, long deadline, String setting) {
        String service = fork.declaration().name();
        InstanceStartEvent event = InstanceStartEvent.fork(service, fork.variant(), name(), environment.name());
        boolean ready = false;
        try {
            String who = "fork '" + fork.variant() + "' of service '" + service + "' in sandbox '" + name() + "'";
            WorkloadIdentity identity = WorkloadIdentity.fork(Workload.named(service), name(), key);
            LaunchContext context = environment.launchContext(identity, "fork-" + fork.variant() + "-" + key,
                    fork.env());
            RunningService instance = BoundedLaunch.start(fork.launcher(), context, left(deadline), who, setting);
            started.add(new StartedFork(service, instance));
            fork.declaration().readiness().await(instance, left(deadline), who, setting);
            environment.router(service).routeFork(key, instance, who);
            ready = true;
        } finally {
            event.finish(ready);
        }
    }

    private void publishRoutes(Duration timeout, String setting) {
        List<RoutingRule> rules = planned.stream()
                .map(fork -> new RoutingRule(key, Workload.named(fork.declaration().name()), name())).toList();
        long version = environment.routes().add(rules);
        List<String> behind;
        try {
            behind = environment.routes().awaitSeen(version, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while waiting for consumers to see the routes of sandbox '" + name()
                    + "'.", e);
        }
        if (!behind.isEmpty()) {
            throw new SandboxException("The routes of sandbox '" + name() + "' were not seen within "
                    + Readiness.wholeSeconds(timeout) + " s by " + behind.size() + " consumer(s) watching "
                    + environment.routeServer() + " (" + String.join(", ", behind) + "): records for this sandbox could"
                    + " still reach their baseline. Check that those consumers' route resolvers are not stuck, or"
                    + " raise " + setting + ".");
        }
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /**
     * Unroutes and stops every fork, then deletes the sandbox's resources (once nothing of it uses them);
     * what cannot be stopped or deleted is reported after the rest is done.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        SandboxStepEvent step = SandboxStepEvent.begun("close", name(), environment.name());
        SandboxException failure = new SandboxException("Could not stop every fork, or delete every resource, of sandbox '" + name() + "'");
        if (routesPublished) {
            // First: baseline consumers take this key's records again, as its forks stop taking them.
            environment.routes().remove(key);
        }
        for (StartedFork fork : started) {
            try {
                environment.router(fork.service()).unrouteFork(key);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
            try {
                fork.instance().close();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        try {
            resources.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        step.finish(failure.getSuppressed().length == 0);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "local sandbox '" + name() + "' (routing key " + key + ", forks "
                + planned.stream().map(f -> f.declaration().name() + ":" + f.variant()).toList() + ")";
    }
}
