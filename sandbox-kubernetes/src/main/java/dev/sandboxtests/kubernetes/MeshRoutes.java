package dev.sandboxtests.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * The routing rules that send a sandbox's requests to its forks, on one kind of mesh. Rules are added beside what the
 * cluster has, never in place of it, and removed by the sandbox's routing key alone, so a sandbox whose JVM died can
 * be cleaned up by anyone who knows its key.
 */
interface MeshRoutes {

    /** The route objects as they will be once {@link #apply} has run: created ones, and changed copies of others. */
    List<HasMetadata> preview(ForkPlan plan);

    /** Writes the rules of {@code plan}; safe to run again, and against other sandboxes writing at the same time. */
    void apply(ForkPlan plan);

    /** What is missing of the rules of {@code plan}, or empty when they are all in place. */
    Optional<String> missing(ForkPlan plan);

    /** Removes every rule and route object of the sandbox {@code ownership} in {@code namespace}. */
    void remove(Ownership ownership, String namespace);
}
