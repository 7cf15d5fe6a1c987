package dev.sandboxtests.resources;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The resources of one sandbox, created in the order its spec lists them and deleted in reverse.
 * Providers create them before the sandbox's forks start and give every fork their
 * {@linkplain #environment() outputs}; closing deletes them, also when creating a later one failed.
 *
 * <pre>{@code
 * SandboxResources resources = SandboxResources.create(spec, routingKey, context, reaper);
 * try {
 *     startForks(resources.environment());   // ORDERS_DB_JDBC_URL=jdbc:postgresql://…/sbx_k7x2p9_orders_db
 * } catch (RuntimeException e) {
 *     resources.close();
 *     throw e;
 * }
 * }</pre>
 */
public final class SandboxResources implements AutoCloseable {

    private record Created(ResourceSpec spec, SandboxResource resource, ResourceRequest request) {
    }

    private final List<Created> created;
    private boolean closed;

    private SandboxResources(List<Created> created) {
        this.created = created;
    }

    /** No resources: for a spec without any. */
    public static SandboxResources none() {
        return new SandboxResources(List.of());
    }

    /**
     * Creates the spec's resources with the {@link ResourcePlugin}s on the class path.
     *
     * @throws SandboxConfigurationException if a resource names a plugin that is not on the class path
     * @throws SandboxException              if a plugin failed; the resources created before it are deleted
     */
    public static SandboxResources create(SandboxSpec spec, String routingKey, ProvisioningContext context,
                                          Reaper reaper) {
        if (spec.resources().isEmpty()) {
            return none();
        }
        Map<String, ResourcePlugin> plugins = plugins();
        for (ResourceSpec resource : spec.resources()) {
            if (!plugins.containsKey(resource.plugin())) {
                throw new SandboxConfigurationException("Resource '" + resource.name() + "' of sandbox '" + spec.name()
                        + "' needs the resource plugin '" + resource.plugin() + "', which is not on the class path"
                        + (plugins.isEmpty() ? " (no plugin is)" : " (there are " + plugins.keySet() + ")")
                        + ". Add the module that provides it (sandbox-postgres for postgres-database) as a test dependency.");
            }
        }
        SandboxResources resources = new SandboxResources(new ArrayList<>());
        for (ResourceSpec resource : spec.resources()) {
            ResourceRequest request = new ResourceRequest(resource, spec.name(), routingKey, context, reaper);
            try {
                SandboxResource made = plugins.get(resource.plugin()).create(request);
                resources.created.add(new Created(resource, made, request));
            } catch (Exception e) {
                request.registrations().forEach(Reaper.Registration::close);
                SandboxException failure = new SandboxException("Could not create resource '" + resource.name()
                        + "' (plugin " + resource.plugin() + ") of sandbox '" + spec.name() + "': " + e.getMessage(), e);
                try {
                    resources.close();
                } catch (SandboxException alsoFailed) {
                    failure.addSuppressed(alsoFailed);
                }
                throw failure;
            }
        }
        return resources;
    }

    private static Map<String, ResourcePlugin> plugins() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Map<String, ResourcePlugin> plugins = new TreeMap<>();
        for (ResourcePlugin plugin : ServiceLoader.load(ResourcePlugin.class,
                loader != null ? loader : SandboxResources.class.getClassLoader())) {
            plugins.putIfAbsent(plugin.name(), plugin);
        }
        return plugins;
    }

    /** Every output of every resource, as environment variables ({@link ResourceOutputs#environmentVariable}). */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Created resource : created) {
            resource.resource().outputs().forEach((key, value) ->
                    environment.put(ResourceOutputs.environmentVariable(resource.spec().name(), key), value));
        }
        return Collections.unmodifiableMap(environment);
    }

    /** Every output of every resource, as system properties ({@link ResourceOutputs#systemProperty}). */
    public Map<String, String> systemProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Created resource : created) {
            resource.resource().outputs().forEach((key, value) ->
                    properties.put(ResourceOutputs.systemProperty(resource.spec().name(), key), value));
        }
        return Collections.unmodifiableMap(properties);
    }

    /** The outputs of the resource with this name, by output key; empty if there is no such resource. */
    public Map<String, String> outputsOf(String resource) {
        return created.stream().filter(made -> made.spec().name().equals(resource)).findFirst()
                .map(made -> made.resource().outputs()).orElse(Map.of());
    }

    /**
     * Deletes the resources, last created first; every one is tried even when one fails.
     *
     * @throws SandboxException naming every resource that could not be deleted (its leftover entry stays,
     *                          so the reaper tries again)
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        SandboxException failure = null;
        for (int i = created.size() - 1; i >= 0; i--) {
            Created resource = created.get(i);
            try {
                resource.resource().close();
                resource.request().registrations().forEach(Reaper.Registration::close);
            } catch (Exception e) {
                String message = "Could not delete resource '" + resource.spec().name() + "' (plugin "
                        + resource.spec().plugin() + "): " + e.getMessage() + "; the reaper tries again later";
                if (failure == null) {
                    failure = new SandboxException(message, e);
                } else {
                    failure.addSuppressed(new SandboxException(message, e));
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
