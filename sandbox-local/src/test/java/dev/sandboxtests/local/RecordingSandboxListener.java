package dev.sandboxtests.local;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link SandboxListener} found through this module's test {@code META-INF/services}: it records what it
 * is told, and refuses a sandbox named {@value #REFUSED} when it is ready.
 */
public final class RecordingSandboxListener implements SandboxListener {

    static final String REFUSED = "listener-refuses";
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @Override
    public void sandboxReady(Sandbox sandbox, ProvisioningContext context) {
        EVENTS.add("ready " + sandbox.name() + " " + sandbox.routingKey());
        if (sandbox.name().equals(REFUSED)) {
            throw new IllegalStateException("this listener refuses " + REFUSED);
        }
    }

    @Override
    public void sandboxClosed(Sandbox sandbox, ProvisioningContext context) {
        EVENTS.add("closed " + sandbox.name() + " " + sandbox.routingKey());
    }
}
