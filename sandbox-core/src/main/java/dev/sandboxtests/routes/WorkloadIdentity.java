package dev.sandboxtests.routes;

import dev.sandboxtests.routing.RoutingKey;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who a running service is, from environment variables in Signadot's style, so that a consumer knows
 * whether it is a baseline or a fork and of which workload. The local provider sets them on every
 * instance it starts (in-JVM instances get them through their launch context); on a cluster the
 * provider sets them on fork pods.
 *
 * <ul>
 *   <li>{@value #BASELINE_KIND}, {@value #BASELINE_NAMESPACE}, {@value #BASELINE_NAME}: the baseline
 *       workload this instance is (or forks);</li>
 *   <li>{@value #SANDBOX_NAME}, {@value #SANDBOX_ROUTING_KEY}: set only on a fork.</li>
 * </ul>
 *
 * @param baseline          the baseline workload
 * @param sandboxName       the sandbox this instance belongs to, when it is a fork
 * @param sandboxRoutingKey that sandbox's routing key, when it is a fork
 */
public record WorkloadIdentity(Workload baseline, Optional<String> sandboxName, Optional<RoutingKey> sandboxRoutingKey) {

    public static final String BASELINE_KIND = "SIGNADOT_BASELINE_KIND";
    public static final String BASELINE_NAMESPACE = "SIGNADOT_BASELINE_NAMESPACE";
    public static final String BASELINE_NAME = "SIGNADOT_BASELINE_NAME";
    public static final String SANDBOX_NAME = "SIGNADOT_SANDBOX_NAME";
    public static final String SANDBOX_ROUTING_KEY = "SIGNADOT_SANDBOX_ROUTING_KEY";

    public WorkloadIdentity {
        if (sandboxName.isPresent() != sandboxRoutingKey.isPresent()) {
            throw new IllegalArgumentException("a fork has both a sandbox name and a routing key, a baseline neither");
        }
    }

    /** A baseline instance of {@code baseline}. */
    public static WorkloadIdentity baseline(Workload baseline) {
        return new WorkloadIdentity(baseline, Optional.empty(), Optional.empty());
    }

    /** A fork of {@code baseline} in sandbox {@code sandbox} with {@code key}. */
    public static WorkloadIdentity fork(Workload baseline, String sandbox, RoutingKey key) {
        return new WorkloadIdentity(baseline, Optional.of(sandbox), Optional.of(key));
    }

    /** This process's identity, from its environment variables. */
    public static WorkloadIdentity fromEnvironment() {
        return from(System::getenv);
    }

    /**
     * An identity from environment variables.
     *
     * @throws IllegalStateException naming the variable to set when {@value #BASELINE_NAME} is missing
     */
    public static WorkloadIdentity from(Function<String, String> environment) {
        String name = environment.apply(BASELINE_NAME);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(BASELINE_NAME + " is not set: a sandbox-aware consumer needs to know which"
                    + " workload it is. The local provider sets it on the services it starts; elsewhere set "
                    + BASELINE_NAME + " (and " + BASELINE_KIND + ", " + BASELINE_NAMESPACE + ") yourself.");
        }
        Workload baseline = new Workload(environment.apply(BASELINE_KIND), environment.apply(BASELINE_NAMESPACE), name);
        Optional<String> sandbox = Optional.ofNullable(environment.apply(SANDBOX_NAME)).filter(s -> !s.isBlank());
        Optional<RoutingKey> key = Optional.ofNullable(environment.apply(SANDBOX_ROUTING_KEY)).filter(s -> !s.isBlank())
                .map(RoutingKey::parse);
        return new WorkloadIdentity(baseline, sandbox, key);
    }

    /** Whether this instance is a fork in a sandbox. */
    public boolean isFork() {
        return sandboxRoutingKey.isPresent();
    }

    @Override
    public String toString() {
        return sandboxName.map(name -> "fork of " + baseline + " in sandbox '" + name + "'").orElse("baseline " + baseline);
    }
}
