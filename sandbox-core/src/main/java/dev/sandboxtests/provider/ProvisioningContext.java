package dev.sandboxtests.provider;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.settings.SandboxSettings;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a provider gets from whoever asks for a sandbox (the JUnit extension, a {@link SandboxSession})
 * besides the spec: the settings, the routing headers in use, the provider's own configuration and a
 * place for things shared by all sandboxes of a test run.
 *
 * <p>Provider-specific configuration comes in two ways, so that one test class can carry the
 * configuration of several providers and run on whichever {@code sandbox.provider} selects:
 * <ul>
 *   <li>an annotation the provider owns, put on the test class beside {@code @SandboxTest} and read
 *       with {@link #annotation(Class)} (the local provider's {@code @LocalSandbox(Shop.class)});</li>
 *   <li>settings the provider declares as {@link dev.sandboxtests.settings.Setting}s, read with
 *       {@link #settings()} ({@code sandbox.local.startup-timeout}).</li>
 * </ul>
 */
public interface ProvisioningContext {

    /** Where the request comes from, for messages (e.g. the test class name). */
    String requester();

    /** The headers that carry routing keys. */
    RoutingHeaders routingHeaders();

    /** The settings in effect: JUnit configuration parameters, system properties, environment variables. */
    SandboxSettings settings();

    /**
     * An annotation on the class that asks for the sandbox (the test class), also found when it is
     * inherited, meta-present on a composed annotation, or on an enclosing class of a nested class.
     *
     * @param type the provider's own annotation, e.g. {@code LocalSandbox.class}
     * @return the annotation, or empty when the class does not carry it
     */
    <A extends Annotation> Optional<A> annotation(Class<A> type);

    /**
     * A resource shared by every sandbox of this test run (for instance the baseline services and
     * their routers), created once on first request and closed when the run ends.
     */
    <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory);
}
