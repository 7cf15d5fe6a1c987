package dev.sandboxtests.spec;

/**
 * One forked service of a sandbox: the baseline it copies and what it changes.
 */
public record Fork(ForkOf forkOf, Customizations customizations) {

    public Fork {
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
    public static Fork of(String service) {
        return new Fork(ForkOf.service(service), Customizations.NONE);
    }
}
