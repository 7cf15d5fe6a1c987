package dev.sandboxtests.local;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JDK Flight Recorder event around one step of the local provider's work for a sandbox: {@code create}
 * (planning, the shared environment's start or the wait for it, the sandbox's resources), {@code await ready}
 * (its forks' starts and publishing its routes), {@code close}, and {@code environment close} at the end of a
 * run. The {@link InstanceStartEvent}s of baselines and forks fall inside these steps; what a step takes beyond
 * them is the provider's other work (and, for {@code create}, whatever the {@link LocalEnvironment#define
 * definition} itself starts, such as a shared broker). Costs next to nothing while no recording runs.
 */
@Name(SandboxStepEvent.NAME)
@Label("Sandbox Step")
@Category({"Sandbox Tests", "Local Provider"})
@Description("One step of the local provider's work for a sandbox: create, await ready, close, environment close")
@StackTrace(false)
final class SandboxStepEvent extends jdk.jfr.Event {

    static final String NAME = "dev.sandboxtests.local.SandboxStep";

    @Label("Step")
    String step;

    @Label("Sandbox")
    @Description("Empty for the environment's close")
    String sandbox;

    @Label("Environment")
    @Description("The LocalEnvironment's simple class name")
    String environment;

    @Label("Succeeded")
    boolean succeeded;

    static SandboxStepEvent begun(String step, String sandbox, String environment) {
        SandboxStepEvent event = new SandboxStepEvent();
        event.step = step;
        event.sandbox = sandbox;
        event.environment = environment;
        event.begin();
        return event;
    }

    /** Ends the event and writes it, if a recording wants it. */
    void finish(boolean succeeded) {
        this.succeeded = succeeded;
        commit();
    }
}
