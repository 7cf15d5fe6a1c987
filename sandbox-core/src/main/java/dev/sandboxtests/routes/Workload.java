package dev.sandboxtests.routes;

import dev.sandboxtests.spec.ForkOf;
import java.util.Objects;

/**
 * A baseline workload, as Signadot's routes API names one: kind, namespace and name. On the local
 * provider the name is the logical service and the namespace is empty.
 *
 * @param kind      e.g. {@code Deployment}
 * @param namespace the namespace, or empty where there is none (the local provider)
 * @param name      the workload's (and service's) name
 */
public record Workload(String kind, String namespace, String name) {

    public Workload {
        kind = kind == null || kind.isBlank() ? ForkOf.DEFAULT_KIND : kind;
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a workload needs a name");
        }
    }

    /** A {@code Deployment} without namespace, e.g. a local provider's service. */
    public static Workload named(String name) {
        return new Workload(ForkOf.DEFAULT_KIND, "", name);
    }

    /** The baseline a sandbox spec's fork copies. */
    public static Workload of(ForkOf forkOf) {
        return new Workload(forkOf.kind(), forkOf.namespace(), forkOf.name());
    }

    /**
     * Whether {@code other} names the same workload: the same name, and the same kind and namespace
     * where both say one (an empty namespace matches any, as a query without it does).
     */
    public boolean matches(Workload other) {
        return name.equals(other.name)
                && kind.equalsIgnoreCase(other.kind)
                && (namespace.isEmpty() || other.namespace.isEmpty() || namespace.equals(other.namespace));
    }

    @Override
    public String toString() {
        return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
