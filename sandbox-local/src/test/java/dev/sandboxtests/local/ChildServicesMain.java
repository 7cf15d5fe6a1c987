package dev.sandboxtests.local;

import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test JVM in miniature, for {@link NothingLeftBehindTest}: starts a sandbox whose service runs as
 * child processes (its baseline and its fork), prints {@code child pid=<pid> port=<port>} for each
 * and {@code watchdog pid=<pid>} for the reaper's watchdog, then {@code ready}, and waits to be killed.
 */
@LocalSandbox(ChildServicesMain.ChildServices.class)
public final class ChildServicesMain {

    /** The services' processes: the main's other child is the watchdog. */
    private static final Set<Long> SERVICES = ConcurrentHashMap.newKeySet();

    private ChildServicesMain() {
    }

    /** {@code orders}, baseline and fork each an {@link InfoServerMain} in a child JVM. */
    public static final class ChildServices implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("orders").baseline(ChildServicesMain::child).fork("v2", ChildServicesMain::child)
                    .readinessPath("/health");
        }
    }

    private static RunningService child(LaunchContext context) throws IOException {
        ChildProcessService child = (ChildProcessService) ChildProcess.javaMain(InfoServerMain.class, "--port=${port}")
                .start(context);
        SERVICES.add(child.pid());
        System.out.println("child pid=" + child.pid() + " port=" + context.port());
        return child;
    }

    public static void main(String[] args) throws InterruptedException {
        // Never closed: the test kills this JVM.
        SandboxSession session = SandboxSession.forClass(ChildServicesMain.class);
        session.start(SandboxSpec.builder("left-behind").fork(ForkSpec.of("orders")).build());
        ProcessHandle.current().children().filter(process -> !SERVICES.contains(process.pid()))
                .forEach(watchdog -> System.out.println("watchdog pid=" + watchdog.pid()));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
