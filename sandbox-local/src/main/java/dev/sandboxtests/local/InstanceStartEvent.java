package dev.sandboxtests.local;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JDK Flight Recorder event around the start of one baseline or fork instance: its launch, its readiness
 * wait and routing to it, so from the moment the provider asks for it until the router sends to it. The
 * samples' {@code suite-timing} profile records it to split the suite's wall time (see docs/benchmarks.md).
 *
 * <p>Why JFR: an event costs next to nothing while no recording runs (the JVM checks one flag), needs no
 * setting and no public API, and a recording lines it up with JUnit's own JFR events on one clock. Read it with
 * {@code jfr print --events dev.sandboxtests.local.InstanceStart file.jfr}.
 */
@Name(InstanceStartEvent.NAME)
@Label("Instance Start")
@Category({"Sandbox Tests", "Local Provider"})
@Description("A baseline or fork instance of the local provider, from its launch until the router sends to it")
@StackTrace(false)
final class InstanceStartEvent extends jdk.jfr.Event {

    static final String NAME = "dev.sandboxtests.local.InstanceStart";

    @Label("Service")
    String service;

    @Label("Role")
    @Description("baseline or fork")
    String role;

    @Label("Variant")
    @Description("The fork's variant; empty for a baseline")
    String variant;

    @Label("Sandbox")
    @Description("The sandbox the fork belongs to; empty for a baseline, which all sandboxes share")
    String sandbox;

    @Label("Environment")
    @Description("The LocalEnvironment's simple class name")
    String environment;

    @Label("Ready")
    @Description("false when the instance failed to start or to become ready")
    boolean ready;

    static InstanceStartEvent baseline(String service, String environment) {
        return begun(service, "baseline", "", "", environment);
    }

    static InstanceStartEvent fork(String service, String variant, String sandbox, String environment) {
        return begun(service, "fork", variant, sandbox, environment);
    }

    private static InstanceStartEvent begun(String service, String role, String variant, String sandbox,
            String environment) {
        InstanceStartEvent event = new InstanceStartEvent();
        event.service = service;
        event.role = role;
        event.variant = variant;
        event.sandbox = sandbox;
        event.environment = environment;
        event.begin();
        return event;
    }

    /** Ends the event and writes it, if a recording wants it. */
    void finish(boolean ready) {
        this.ready = ready;
        commit();
    }
}
