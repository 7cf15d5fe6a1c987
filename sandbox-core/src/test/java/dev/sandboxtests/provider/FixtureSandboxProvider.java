package dev.sandboxtests.provider;

import dev.sandboxtests.spec.SandboxSpec;

/**
 * A provider that exists only to be found: listed in this module's test
 * {@code META-INF/services/dev.sandboxtests.provider.SandboxProvider}, it lets the tests of
 * {@link SandboxProviders} exercise the real {@link java.util.ServiceLoader} lookup.
 */
public final class FixtureSandboxProvider implements SandboxProvider {

    static final String NAME = "test-fixture";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Sandbox create(SandboxSpec spec, ProvisioningContext context) {
        throw new SandboxException("The " + NAME + " provider only tests provider discovery; it creates no sandboxes.");
    }
}
