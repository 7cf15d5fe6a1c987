package dev.sandboxtests.postgres;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxProvider;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * A provider that starts no services and only creates a sandbox's resources, the way every provider does
 * (core's {@link SandboxResources}), so that the plugin can be driven through {@code SandboxSession} and
 * get the context a real run gives. Listed in this module's test services.
 */
public final class ResourcesOnlyProvider implements SandboxProvider {

    static final String NAME = "postgres-test-resources-only";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Sandbox create(SandboxSpec spec, ProvisioningContext context) {
        RoutingKey key = RoutingKey.random();
        SandboxResources resources = SandboxResources.create(spec, key.value(), context,
                Reaper.forSettings(context.settings()));
        return new ResourcesOnlySandbox(spec, key, context, resources);
    }

    /** The sandbox: its resources' outputs, and the context it was made in. */
    static final class ResourcesOnlySandbox implements Sandbox {
        private final SandboxSpec spec;
        private final RoutingKey key;
        private final ProvisioningContext context;
        private final SandboxResources resources;

        ResourcesOnlySandbox(SandboxSpec spec, RoutingKey key, ProvisioningContext context, SandboxResources resources) {
            this.spec = spec;
            this.key = key;
            this.context = context;
            this.resources = resources;
        }

        Map<String, String> outputsOf(String resource) {
            return resources.outputsOf(resource);
        }

        ProvisioningContext context() {
            return context;
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
            return context.routingHeaders();
        }

        @Override
        public URI endpoint(String service) {
            throw new IllegalArgumentException("This sandbox runs no services");
        }

        @Override
        public Map<String, URI> endpoints() {
            return Map.of();
        }

        @Override
        public void awaitReady(Duration timeout) {
        }

        @Override
        public void close() {
            resources.close();
        }
    }
}
