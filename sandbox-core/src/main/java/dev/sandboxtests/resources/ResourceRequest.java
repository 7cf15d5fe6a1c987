package dev.sandboxtests.resources;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.ResourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ResourcePlugin} gets to create one resource: the resource's spec, the sandbox it
 * belongs to and its routing key, the run's settings, and a place for things shared by the run (an
 * embedded server the plugin started once, say).
 */
public final class ResourceRequest {

    private final ResourceSpec spec;
    private final String sandboxName;
    private final String routingKey;
    private final ProvisioningContext context;
    private final Reaper reaper;
    private final List<Reaper.Registration> registrations = new ArrayList<>();

    ResourceRequest(ResourceSpec spec, String sandboxName, String routingKey, ProvisioningContext context, Reaper reaper) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.sandboxName = Objects.requireNonNull(sandboxName, "sandboxName");
        this.routingKey = Objects.requireNonNull(routingKey, "routingKey");
        this.context = Objects.requireNonNull(context, "context");
        this.reaper = Objects.requireNonNull(reaper, "reaper");
    }

    public ResourceSpec spec() {
        return spec;
    }

    /** The name of the sandbox the resource belongs to. */
    public String sandboxName() {
        return sandboxName;
    }

    /** The sandbox's routing key: lowercase letters and digits, unique among live sandboxes. */
    public String routingKey() {
        return routingKey;
    }

    /** The run's settings (JUnit configuration parameters, system properties, environment). */
    public SandboxSettings settings() {
        return context.settings();
    }

    /** The provisioning context, for {@link ProvisioningContext#shared} things of the run. */
    public ProvisioningContext context() {
        return context;
    }

    /**
     * Tells the reaper about something the plugin is about to create, so that it is removed if the test
     * JVM dies before the sandbox closes; the registration ends when the sandbox's resources are closed.
     * Register before creating, so that no moment exists when the thing exists and nobody knows.
     */
    public void registerLeftover(Leftover leftover) {
        registrations.add(reaper.register(leftover));
    }

    List<Reaper.Registration> registrations() {
        return registrations;
    }
}
