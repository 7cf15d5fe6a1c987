package dev.sandboxtests.junit;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.spec.ForkSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Whether the fork side of a SmartTest call reached the sandbox's forks: the provider's request count
 * of each forked service ({@link Sandbox#forkRequests}) before and after that side was sent. A fork side
 * that reached no fork compared baseline with baseline — usually because a service on the way did not
 * pass the routing key on — and its diff must not pass for a comparison with the fork.
 *
 * <p>Counts are per sandbox, so a test of the same class sending the sandbox's key at the same moment
 * may be counted too: that can hide a missing reach, never invent one.
 */
final class ForkReach {

    private final Sandbox sandbox;
    private final Map<String, OptionalLong> before;

    private ForkReach(Sandbox sandbox, Map<String, OptionalLong> before) {
        this.sandbox = sandbox;
        this.before = before;
    }

    /** Takes the counts before the fork side is sent. */
    static ForkReach before(Sandbox sandbox) {
        return new ForkReach(sandbox, counts(sandbox));
    }

    /** The counts now, and what they say; call it once the fork side has been answered. */
    Outcome after() {
        Map<String, OptionalLong> after = counts(sandbox);
        Map<String, Long> received = new LinkedHashMap<>();
        before.forEach((service, count) -> {
            OptionalLong later = after.get(service);
            if (count.isPresent() && later != null && later.isPresent()) {
                received.put(service, later.getAsLong() - count.getAsLong());
            }
        });
        return new Outcome(received, received.size() == before.size());
    }

    private static Map<String, OptionalLong> counts(Sandbox sandbox) {
        Map<String, OptionalLong> counts = new LinkedHashMap<>();
        for (ForkSpec fork : sandbox.spec().forks()) {
            counts.put(fork.service(), sandbox.forkRequests(fork.service()));
        }
        return counts;
    }

    /**
     * What the forks received from the fork side.
     *
     * @param received requests per forked service whose count the provider knows
     * @param complete whether it knows the count of every forked service
     */
    record Outcome(Map<String, Long> received, boolean complete) {

        /**
         * The caveat when no fork was reached and the provider could tell for every one; empty otherwise.
         *
         * @param called the service the SmartTest called
         */
        Optional<String> caveat(String called) {
            if (!complete || received.isEmpty() || received.values().stream().anyMatch(count -> count > 0)) {
                return Optional.empty();
            }
            List<String> forks = List.copyOf(received.keySet());
            String which = forks.size() == 1 ? "the fork of '" + forks.get(0) + "'"
                    : "none of the forks (of " + forks.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ")) + ")";
            String received = forks.size() == 1 ? " received none of this SmartTest's requests" : " received any of this"
                    + " SmartTest's requests";
            String why = forks.contains(called)
                    ? ", although they were sent to '" + called + "' with the routing key: check the headers that carry it"
                    + " (sandbox.routing.headers)"
                    : ": does '" + called + "' pass the routing key on? (see README: passing the key on)";
            return Optional.of(which + received + why
                    + ". If this request is not meant to reach a fork, say so with smart.allowingUnreachedForks().");
        }

        /** For reports: {@code pricing: 2 requests, inventory: none}; empty when no count is known. */
        Optional<String> summary() {
            if (received.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(received.entrySet().stream()
                    .map(e -> e.getKey() + ": " + (e.getValue() == 0 ? "none" : e.getValue() == 1 ? "1 request"
                            : e.getValue() + " requests"))
                    .collect(Collectors.joining(", ")));
        }
    }
}
