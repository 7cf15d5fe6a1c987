package dev.sandboxtests.junit;

import dev.sandboxtests.local.ChildProcess;
import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.local.NeverListeningMain;

/** {@code echo} with a fork variant {@code never-ready}: a child JVM that never listens on its port. */
public final class NeverReadyForkEnvironment implements LocalEnvironment {

    /** An argument that tells this environment's fork processes from any other process. */
    static final String MARKER = "--scenario=never-ready-fork-environment";

    @Override
    public void define(LocalServices services) {
        services.service("echo")
                .baseline(context -> EchoService.start("baseline", context))
                .fork("never-ready", ChildProcess.javaMain(NeverListeningMain.class, MARKER));
    }
}
