package dev.sandboxtests.signadot;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A sandbox that Signadot runs: awaited by polling its status, reached at the services' ordinary
 * in-cluster addresses ({@link ServiceEndpoints}), deleted on {@link #close()}.
 */
final class SignadotSandboxHandle implements Sandbox {

    /** Signadot's {@code status.reason} when a fork's resources could not be made: waiting longer will not help. */
    static final String RESOURCE_FAILED = "ResourceFailed";

    private final SandboxSpec spec;
    private final String signadotName;
    private final RoutingKey routingKey;
    private final RoutingHeaders routingHeaders;
    private final ServiceEndpoints endpoints;
    private final SignadotApi api;
    private final Duration pollInterval;
    private final Reaper.Registration registration;
    private boolean closed;

    SignadotSandboxHandle(SandboxSpec spec, String signadotName, RoutingKey routingKey, RoutingHeaders routingHeaders,
            ServiceEndpoints endpoints, SignadotApi api, Duration pollInterval, Reaper.Registration registration) {
        this.spec = spec;
        this.signadotName = signadotName;
        this.routingKey = routingKey;
        this.routingHeaders = routingHeaders;
        this.endpoints = endpoints;
        this.api = api;
        this.pollInterval = pollInterval;
        this.registration = registration;
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
        return routingKey;
    }

    @Override
    public RoutingHeaders routingHeaders() {
        return routingHeaders;
    }

    @Override
    public URI endpoint(String service) {
        return endpoints.endpoint(service, signadotName);
    }

    @Override
    public Map<String, URI> endpoints() {
        return endpoints.known(signadotName);
    }

    /** Where to look at the sandbox: the {@code signadot} CLI command that shows it. */
    @Override
    public Optional<String> logs() {
        return Optional.of("signadot sandbox get " + signadotName + " --org " + api.org());
    }

    /**
     * Asks Signadot for the sandbox's status every {@code sandbox.signadot.poll-interval} until it is
     * ready; fails at once when Signadot says a resource failed, and at the timeout with the last status.
     */
    @Override
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        WireFormat.Readiness last = null;
        while (true) {
            WireFormat.SandboxAnswer answer = api.get(signadotName);
            last = answer.status();
            if (last != null && last.ready()) {
                return;
            }
            if (last != null && RESOURCE_FAILED.equals(last.reason())) {
                throw new SignadotException("Signadot could not make sandbox '" + signadotName + "' (" + RESOURCE_FAILED
                        + "): " + last.message() + ". Check the forks' baselines and images (" + logs().orElseThrow() + ").", -1);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new SignadotException("Sandbox '" + signadotName + "' was not ready within " + timeout
                        + "; Signadot's last status: " + describe(last) + ". Give it longer with "
                        + "sandbox.ready-timeout or @SandboxTest(readyTimeout).", -1);
            }
            sleep(Math.min(remaining, pollInterval.toNanos()));
        }
    }

    /** Deletes the sandbox in Signadot (one already gone is fine), then unregisters it from the reaper. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // A failed delete stays registered, so that the reaper tries again once this JVM has ended.
        api.delete(signadotName);
        registration.close();
    }

    @Override
    public String toString() {
        return "SignadotSandbox[" + signadotName + ", org " + api.org() + ", routing key " + routingKey + "]";
    }

    private static String describe(WireFormat.Readiness status) {
        if (status == null) {
            return "none";
        }
        return "ready=false" + (status.reason() == null ? "" : ", reason=" + status.reason())
                + (status.message() == null ? "" : ", message=" + status.message());
    }

    private void sleep(long nanos) {
        try {
            Thread.sleep(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignadotException("Interrupted while waiting for sandbox '" + signadotName + "' to be ready.", e);
        }
    }
}
