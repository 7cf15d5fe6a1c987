package dev.sandboxtests.spec;

/**
 * The baseline workload a fork is copied from, as in a Signadot sandbox spec.
 *
 * @param kind      {@code Deployment} (the default) or {@code Rollout}; the local provider ignores it
 * @param namespace the baseline's namespace; the local provider ignores it
 * @param name      the baseline's name, which is also the logical service name
 */
public record ForkOf(String kind, String namespace, String name) {

    /** The kind used when a spec does not name one. */
    public static final String DEFAULT_KIND = "Deployment";

    public ForkOf {
        kind = kind == null || kind.isBlank() ? DEFAULT_KIND : kind;
        namespace = namespace == null || namespace.isBlank() ? null : namespace;
        SpecValidation.requireName("forkOf.name", name);
    }

    /** A {@code Deployment} in the default namespace. */
    public static ForkOf service(String name) {
        return new ForkOf(DEFAULT_KIND, null, name);
    }
}
