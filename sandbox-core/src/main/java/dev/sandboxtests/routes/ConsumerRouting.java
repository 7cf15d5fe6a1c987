package dev.sandboxtests.routes;

import dev.sandboxtests.routing.RoutingKey;
import java.util.Objects;
import java.util.Optional;

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
            return key.filter(own::equals).isPresent()
                    ? Decision.process("its key routes to this fork's sandbox")
                    : Decision.skip(key.map(k -> "its key " + k + " is not this fork's").orElse("it carries no routing key"));
        }
        if (key.isEmpty()) {
            return Decision.process("it carries no routing key");
        }
        return routes.ruleFor(identity.baseline(), key.get())
                .map(rule -> Decision.skip("its key routes to the fork in sandbox '" + rule.destinationSandbox() + "'"))
                .orElseGet(() -> Decision.process("no sandbox with its key forks " + identity.baseline()));
    }

    /**
     * A decision with its reason, for logs.
     *
     * @param process whether this consumer processes the message
     * @param reason  why
     */
    public record Decision(boolean process, String reason) {
        static Decision process(String reason) {
            return new Decision(true, reason);
        }

        static Decision skip(String reason) {
            return new Decision(false, reason);
        }
    }
}
