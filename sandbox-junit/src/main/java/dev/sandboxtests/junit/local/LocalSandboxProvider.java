package dev.sandboxtests.junit.local;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxProvider;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.Fork;
import dev.sandboxtests.spec.SandboxSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedded default provider ({@code sandbox.provider=local}): no cluster, no Docker. Services
 * are declared by a {@link LocalEnvironment}; baselines and routers start once per test run, and
 * each sandbox starts its forks and routes its key to them.
 *
 * <p>Settings (system properties): {@value #STARTUP_TIMEOUT_PROPERTY} (baseline start-up, default
 * 60s) and {@value #LOG_DIRECTORY_PROPERTY} (where child process logs go, default
 * {@code target/sandbox-tests/logs}).
 */
public final class LocalSandboxProvider implements SandboxProvider {

    public static final String NAME = "local";
    public static final String STARTUP_TIMEOUT_PROPERTY = "sandbox.local.startup-timeout";
    public static final String LOG_DIRECTORY_PROPERTY = "sandbox.local.log-directory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Sandbox create(SandboxSpec spec, ProvisioningContext context) {
        LocalEnvironment definition = context.setting(LocalEnvironment.class).orElseThrow(() ->
                new SandboxConfigurationException("The local provider needs to know how to start the services of "
                        + context.requester() + ": set @SandboxTest(environment = YourEnvironment.class) with a class"
                        + " that implements " + LocalEnvironment.class.getName() + "."));
        // Checked before the (shared, slower) environment starts, so that a typo fails at once.
        List<LocalSandbox.PlannedFork> forks = plan(spec, LocalServices.of(definition), definition);
        RunningEnvironment environment = context.shared(
                "local-environment:" + definition.getClass().getName(), RunningEnvironment.class,
                () -> RunningEnvironment.start(definition, context.routingHeaders(), startupTimeout(), logDirectory()));
        return new LocalSandbox(spec, RoutingKey.random(), context.routingHeaders(), environment, forks);
    }

    private static List<LocalSandbox.PlannedFork> plan(SandboxSpec spec, LocalServices services, LocalEnvironment definition) {
        List<LocalSandbox.PlannedFork> forks = new ArrayList<>();
        for (Fork fork : spec.forks()) {
            ServiceDeclaration declaration = services.declaration(fork.service(), definition.getClass().getSimpleName());
            Map.Entry<String, ServiceLauncher> variant = declaration.variant(fork.customizations().image());
            forks.add(new LocalSandbox.PlannedFork(declaration, variant.getKey(), variant.getValue(),
                    fork.customizations().envMap()));
        }
        return forks;
    }

    private static Duration startupTimeout() {
        String value = System.getProperty(STARTUP_TIMEOUT_PROPERTY);
        return value == null ? Duration.ofSeconds(60) : dev.sandboxtests.spec.SpecDurations.parse(value);
    }

    private static Path logDirectory() {
        return Path.of(System.getProperty(LOG_DIRECTORY_PROPERTY, "target/sandbox-tests/logs"));
    }
}
