package dev.sandboxtests.kubernetes.reaper;

import io.fabric8.kubernetes.client.dsl.AnyNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.Optional;

/**
 * Where the reaper looks: one namespace, or every namespace (which needs cluster-wide list rights).
 *
 * @param namespace the namespace; empty for every namespace
 */
record ClusterScope(Optional<String> namespace) {

    static ClusterScope namespace(String namespace) {
        if (namespace == null || namespace.isBlank()) {
            throw new IllegalArgumentException("A namespace to sweep must not be blank; use sweepAllNamespaces() for all");
        }
        return new ClusterScope(Optional.of(namespace.strip()));
    }

    static ClusterScope allNamespaces() {
        return new ClusterScope(Optional.empty());
    }

    /** {@code operation} narrowed to this scope. */
    <T, L, R extends Resource<T>> AnyNamespaceOperation<T, L, R> of(MixedOperation<T, L, R> operation) {
        return namespace.<AnyNamespaceOperation<T, L, R>>map(operation::inNamespace).orElseGet(operation::inAnyNamespace);
    }

    @Override
    public String toString() {
        return namespace.map(name -> "namespace " + name).orElse("all namespaces");
    }
}
