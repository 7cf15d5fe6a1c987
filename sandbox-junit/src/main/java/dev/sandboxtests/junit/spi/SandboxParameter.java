package dev.sandboxtests.junit.spi;

import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.settings.SandboxSettings;
import java.lang.reflect.Parameter;
import java.util.Optional;
import java.util.function.Supplier;

/** A parameter of a test in a {@code @SandboxTest} class, as a {@link SandboxParameterResolver} sees it. */
public interface SandboxParameter {

    /** The parameter itself, for its type, generic type and annotations. */
    Parameter parameter();

    /** Shorthand for {@code parameter().getType()}. */
    default Class<?> type() {
        return parameter().getType();
    }

    /**
     * The service named by the parameter's {@code @SandboxService}, if it carries one. A resolver
     * supports a type of another library (a gRPC channel, a Kafka producer) only when this is present,
     * so that another extension may resolve the same type where it is not marked as ours.
     */
    Optional<String> namedService();

    /** The sandbox of the test class. */
    Sandbox sandbox();

    /**
     * The logical service the parameter is for: the one named by {@code @SandboxService}, or the
     * sandbox's only service.
     *
     * @throws org.junit.jupiter.api.extension.ParameterResolutionException naming the services when it is
     *         not said and there are several
     */
    String service();

    /**
     * A resource that lives as long as the sandbox, made once per key and test class; it is closed
     * right before the sandbox, also after failures.
     *
     * @param key     unique among the resources of the test class, e.g. {@code grpc-channel:inventory}
     * @param type    the resource's type
     * @param factory makes it on first use
     */
    <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory);

    /**
     * A resource shared by every test class of the test run, made once per key on first use and closed when
     * the run ends (JUnit's root store), such as a broker that all sandboxes use.
     *
     * @param key     unique among the run's resources, e.g. {@code kafka-broker}
     * @param type    the resource's type
     * @param factory makes it on first use
     */
    <T extends AutoCloseable> T sharedByRun(String key, Class<T> type, Supplier<T> factory);

    /** The settings in effect: JUnit configuration parameters, system properties, environment variables. */
    SandboxSettings settings();

    /** A SmartTest of the current test, publishing its diffs as that test's report entries. */
    SmartTest smartTest();
}
