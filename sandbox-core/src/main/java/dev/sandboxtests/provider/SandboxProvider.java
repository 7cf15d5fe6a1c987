package dev.sandboxtests.provider;

import dev.sandboxtests.spec.SandboxSpec;

/**
 * Creates sandboxes on one kind of infrastructure: the embedded local router, a Kubernetes cluster,
 * or a managed control plane.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.sandboxtests.provider.SandboxProvider}) and chosen by
 * {@link SandboxProviders#configured()}. Implementations must be thread-safe: test classes running
 * in parallel create sandboxes at the same time.
 */
public interface SandboxProvider {

    /** The name that selects this provider, e.g. {@code local}. */
    String name();

    /**
     * Starts creating a sandbox. Returns once the sandbox's resources are requested; the caller
     * then waits with {@link Sandbox#awaitReady}. If this method throws, it has removed whatever it
     * created.
     *
     * @throws SandboxException if the spec cannot be honoured (unknown service, missing setting),
     *     saying what to change
     */
    Sandbox create(SandboxSpec spec, ProvisioningContext context);
}
