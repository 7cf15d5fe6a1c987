package dev.sandboxtests.local;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxProvider;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded default provider ({@code sandbox.provider=local}): no cluster, no Docker. Services
 * are declared by the {@link LocalEnvironment} that {@link LocalSandbox @LocalSandbox} names on the test
 * class; baselines and routers start once per test run, and each sandbox starts its forks and routes
 * its key to them. Child processes are registered with the {@link Reaper}, which stops them should the
 * test JVM be killed. Settings: {@link LocalSettings} and {@link dev.sandboxtests.reaper.ReaperSettings}.
 */
public final class LocalSandboxProvider implements SandboxProvider {

    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Sandbox create(SandboxSpec spec, ProvisioningContext context) {
        Class<? extends LocalEnvironment> type = context.annotation(LocalSandbox.class).map(LocalSandbox::value)
                .orElseThrow(() -> new SandboxConfigurationException("The local provider needs to know how to start the"
                        + " services of " + context.requester() + ": annotate it with @LocalSandbox(YourEnvironment.class),"
                        + " naming a class that implements " + LocalEnvironment.class.getName() + "."));
        SandboxStepEvent step = SandboxStepEvent.begun("create", spec.name(), type.getSimpleName());
        boolean created = false;
        try {
            LocalEnvironment definition = instantiate(type, context.requester());
            // Checked before the (shared, slower) environment starts, so that a typo fails at once.
            List<RunningSandbox.PlannedFork> forks = plan(spec, LocalServices.of(definition), definition);
            Path logs = context.settings().get(LocalSettings.LOG_DIRECTORY);
            Reaper reaper = Reaper.forSettings(context.settings());
            RunningEnvironment environment = context.shared("local-environment:" + type.getName(),
                    RunningEnvironment.class, () -> RunningEnvironment.start(definition, context.routingHeaders(),
                            context.settings().get(LocalSettings.STARTUP_TIMEOUT), logs, reaper, context));
            RoutingKey key = RoutingKey.random();
            // Before any fork starts: each fork gets the resources' outputs (ORDERS_DB_JDBC_URL, …) in its
            // environment.
            SandboxResources resources = SandboxResources.create(spec, key.value(), context, reaper);
            RunningSandbox sandbox = new RunningSandbox(spec, key, context.routingHeaders(), environment,
                    withResourceOutputs(forks, resources.environment()), resources);
            created = true;
            return sandbox;
        } finally {
            step.finish(created);
        }
    }

    /** The fork's own variables win over a resource's output of the same name. */
    private static List<RunningSandbox.PlannedFork> withResourceOutputs(List<RunningSandbox.PlannedFork> forks,
                                                                        Map<String, String> outputs) {
        if (outputs.isEmpty()) {
            return forks;
        }
        return forks.stream().map(fork -> {
            Map<String, String> env = new LinkedHashMap<>(outputs);
            env.putAll(fork.env());
            return new RunningSandbox.PlannedFork(fork.declaration(), fork.variant(), fork.launcher(), env);
        }).toList();
    }

    private static List<RunningSandbox.PlannedFork> plan(SandboxSpec spec, LocalServices services, LocalEnvironment definition) {
        List<RunningSandbox.PlannedFork> forks = new ArrayList<>();
        for (ForkSpec fork : spec.forks()) {
            ServiceDeclaration declaration = services.declaration(fork.service(), definition.getClass().getSimpleName());
            Map.Entry<String, ServiceLauncher> variant = declaration.variant(fork.customizations().image());
            forks.add(new RunningSandbox.PlannedFork(declaration, variant.getKey(), variant.getValue(),
                    fork.customizations().envMap()));
        }
        return forks;
    }

    private static LocalEnvironment instantiate(Class<? extends LocalEnvironment> type, String requester) {
        String problem;
        try {
            Constructor<? extends LocalEnvironment> constructor = type.getDeclaredConstructor();
            if (Modifier.isAbstract(type.getModifiers())) {
                problem = "it is abstract";
            } else {
                constructor.setAccessible(true);
                return constructor.newInstance();
            }
        } catch (NoSuchMethodException e) {
            problem = "it has no no-argument constructor"
                    + (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? " (an inner class: make it static)" : "");
        } catch (InvocationTargetException e) {
            throw new SandboxConfigurationException("@LocalSandbox(" + type.getSimpleName() + ".class) on " + requester
                    + ": its constructor failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            problem = e.toString();
        }
        throw new SandboxConfigurationException("@LocalSandbox(" + type.getSimpleName() + ".class) on " + requester
                + " cannot be created: " + problem + ". Give it a public no-argument constructor.");
    }
}
