package dev.sandboxtests.routes;

import dev.sandboxtests.routing.RoutingKey;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether a consumer processes a message, from the routing key the message carries — the rule of
 * Signadot's message-queue routing, for any queue (Kafka's helpers build on it):
 * <ul>
 *   <li>a <b>fork</b> processes only messages whose key routes to its own sandbox;</li>
 *   <li>the <b>baseline</b> skips a message only when its key routes to a sandbox that forks <i>this</i>
 *       workload; a message without a key, or with a key of a sandbox that does not fork this workload
 *       (or of no sandbox), is the baseline's, as every other hop of that request is.</li>
 * </ul>
 *
 * <pre>{@code
 * ConsumerRouting routing = new ConsumerRouting(WorkloadIdentity.fromEnvironment(), RouteResolvers.fromEnvironment());
 * if (routing.decide(keyOf(record)).process()) { handle(record); }
 * }</pre>
 */
public final class ConsumerRouting {

    private final WorkloadIdentity identity;
    private final RouteResolver routes;

    public ConsumerRouting(WorkloadIdentity identity, RouteResolver routes) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    /** The identity this consumer decides as. */
    public WorkloadIdentity identity() {
        return identity;
    }

    /** What to do with a message that carries {@code key} (empty: no key). */
    public Decision decide(Optional<RoutingKey> key) {
        if (identity.isFork()) {
            RoutingKey own = identity.sandboxRoutingKey().orElseThrow();
            if (key.isEmpty()) {
                return NO_KEY_NOT_FORKS;
            }
            return key.get().equals(own) ? OWN_KEY : new Decision(false, () -> "its key " + key.get() + " is not this fork's");
        }
        if (key.isEmpty()) {
            return NO_KEY_BASELINES;
        }
        Optional<RoutingRule> rule = routes.ruleFor(identity.baseline(), key.get());
        return rule.isPresent()
                ? new Decision(false, () -> "its key routes to the fork in sandbox '" + rule.get().destinationSandbox() + "'")
                : new Decision(true, () -> "no sandbox with its key forks " + identity.baseline());
    }

    private static final Decision OWN_KEY = Decision.process("its key routes to this fork's sandbox");
    private static final Decision NO_KEY_NOT_FORKS = Decision.skip("it carries no routing key");
    private static final Decision NO_KEY_BASELINES = Decision.process("it carries no routing key");

    /**
     * A decision with its reason, for logs; the reason is put into words only when asked for, since a
     * consumer decides for every record and logs few of them.
     */
    public static final class Decision {
        private final boolean process;
        private final Supplier<String> reason;

        private Decision(boolean process, Supplier<String> reason) {
            this.process = process;
            this.reason = reason;
        }

        /** A decision to process the message, for {@code reason}. */
        public static Decision process(String reason) {
            return new Decision(true, () -> reason);
        }

        /** A decision to skip the message, for {@code reason}. */
        public static Decision skip(String reason) {
            return new Decision(false, () -> reason);
        }

        /** Whether this consumer processes the message. */
        public boolean process() {
            return process;
        }

        /** Why. */
        public String reason() {
            return reason.get();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Decision that && process == that.process && reason().equals(that.reason());
        }

        @Override
        public int hashCode() {
            return Objects.hash(process, reason());
        }

        @Override
        public String toString() {
            return (process ? "process: " : "skip: ") + reason();
        }
    }
}
