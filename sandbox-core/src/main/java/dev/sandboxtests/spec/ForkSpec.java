package dev.sandboxtests.spec;

/**
 * One forked service of a sandbox: the baseline it copies and what it changes.
 */
public record ForkSpec(ForkOf forkOf, Customizations customizations) {

    public ForkSpec {
        if (forkOf == null) {
            throw new IllegalArgumentException("a fork needs forkOf (the baseline it is a copy of)");
        }
        customizations = customizations == null ? Customizations.NONE : customizations;
    }

    /** The logical service this fork replaces for routed requests. */
    public String service() {
        return forkOf.name();
    }

    /** A fork of {@code service} with no customizations. */
    public static ForkSpec of(String service) {
        return new ForkSpec(ForkOf.service(service), Customizations.NONE);
    }
}
