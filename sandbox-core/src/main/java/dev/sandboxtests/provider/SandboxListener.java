package dev.sandboxtests.provider;

/**
 * Told when a sandbox is ready and when it has closed, whatever provider made it and whatever asked for
 * it (the JUnit extension, a {@link SandboxSession}): the place for a protocol module to create or
 * remove what a sandbox needs beyond the provider's own resources (sandbox-kafka deletes the consumer
 * groups of a closed sandbox's forks). Listeners are found with {@link java.util.ServiceLoader} (list
 * the class in {@code META-INF/services/dev.sandboxtests.provider.SandboxListener}) and must be
 * stateless and thread-safe; what they keep lives in {@link ProvisioningContext#shared}.
 *
 * <pre>{@code
 * public final class ConsumerGroupCleanup implements SandboxListener {
 *     public void sandboxClosed(Sandbox sandbox, ProvisioningContext context) {
 *         deleteGroupsEndingWith("-" + sandbox.routingKey(), context.settings());
 *     }
 * }
 * }</pre>
 */
public interface SandboxListener {

    /**
     * The sandbox is ready and about to be handed to the tests. A listener that throws fails the
     * sandbox's start (the sandbox is then closed).
     */
    default void sandboxReady(Sandbox sandbox, ProvisioningContext context) {
    }

    /** The sandbox has closed: its forks are stopped and its routes removed. Failures are reported, after every listener ran. */
    default void sandboxClosed(Sandbox sandbox, ProvisioningContext context) {
    }
}
