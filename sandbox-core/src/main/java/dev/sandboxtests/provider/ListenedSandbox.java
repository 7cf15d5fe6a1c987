package dev.sandboxtests.provider;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A provider's sandbox whose {@link #close()} tells the {@link SandboxListener}s once it has closed. */
final class ListenedSandbox implements Sandbox {

    private final Sandbox sandbox;
    private final List<SandboxListener> listeners;
    private final ProvisioningContext context;
    private boolean closed;

    ListenedSandbox(Sandbox sandbox, List<SandboxListener> listeners, ProvisioningContext context) {
        this.sandbox = sandbox;
        this.listeners = listeners;
        this.context = context;
    }

    @Override
    public String name() {
        return sandbox.name();
    }

    @Override
    public SandboxSpec spec() {
        return sandbox.spec();
    }

    @Override
    public RoutingKey routingKey() {
        return sandbox.routingKey();
    }

    @Override
    public RoutingHeaders routingHeaders() {
        return sandbox.routingHeaders();
    }

    @Override
    public URI endpoint(String service) {
        return sandbox.endpoint(service);
    }

    @Override
    public Map<String, URI> endpoints() {
        return sandbox.endpoints();
    }

    @Override
    public Optional<String> logs() {
        return sandbox.logs();
    }

    @Override
    public OptionalLong forkRequests(String service) {
        return sandbox.forkRequests(service);
    }

    @Override
    public Map<String, String> resourceOutputs(String resource) {
        return sandbox.resourceOutputs(resource);
    }

    @Override
    public void awaitReady(Duration timeout) {
        sandbox.awaitReady(timeout);
    }

    /** Closes the provider's sandbox, then tells every listener, even when closing failed. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        RuntimeException failure = null;
        try {
            sandbox.close();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (SandboxListener listener : listeners) {
            try {
                listener.sandboxClosed(this, context);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = new SandboxException("Sandbox '" + name() + "' closed, but a listener failed: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return sandbox.toString();
    }
}
