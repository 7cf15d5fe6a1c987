package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A launcher that does not return is bounded by its step's timeout, interrupted and abandoned. */
@Timeout(30)
class BoundedLaunchTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void aLauncherThatBlocksFailsWithWhoItIsAndWhereItWasStuck() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        ServiceLauncher blocking = context -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        };

        assertThatThrownBy(() -> BoundedLaunch.start(blocking, context("fork-v2-key"), SHORT,
                "fork 'v2' of service 'echo' in sandbox 'demo'", "@SandboxTest(readyTimeout)"))
                .isInstanceOf(SandboxException.class)
                .hasMessageStartingWith("The fork 'v2' of service 'echo' in sandbox 'demo' did not start within 1 s:"
                        + " its launcher had not returned, so it was interrupted and abandoned.")
                .hasMessageContaining("Its thread 'sandbox-launch-echo-fork-v2-key' was at:")
                .hasMessageContaining("  at java.lang.Thread.sleep(Native Method)\n  at "
                        + BoundedLaunchTest.class.getName() + ".lambda$")
                .hasMessageContaining(BoundedLaunchTest.class.getName())
                .hasMessageEndingWith("if starting takes this long, raise @SandboxTest(readyTimeout).");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the launcher's thread was interrupted").isTrue();
    }

    @Test
    void anInstanceThatALauncherReturnsAfterItWasAbandonedIsStopped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        ServiceLauncher ignoresInterrupts = context -> {
            awaitIgnoringInterrupts(release);
            return RunningService.inJvm(URI.create("http://127.0.0.1:1"), stopped::countDown);
        };

        assertThatThrownBy(() -> BoundedLaunch.start(ignoresInterrupts, context("baseline"), SHORT,
                "baseline of 'echo'", "sandbox.local.startup-timeout")).isInstanceOf(SandboxException.class);
        release.countDown();

        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the late instance was stopped").isTrue();
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // what a careless launcher does
            }
        }
    }

    @Test
    void aLauncherThatReturnsNothingIsNamed() {
        assertThatThrownBy(() -> BoundedLaunch.start(context -> null, context("baseline"), SHORT,
                "baseline of 'echo'", "x"))
                .isInstanceOf(SandboxException.class)
                .hasMessage("The launcher of the baseline of 'echo' returned no RunningService.");
    }

    @Test
    void aLauncherThatThrowsIsNamedWithTheCause() {
        assertThatThrownBy(() -> BoundedLaunch.start(context -> {
            throw new IllegalStateException("port taken");
        }, context("baseline"), SHORT, "baseline of 'echo'", "x"))
                .isInstanceOf(SandboxException.class)
                .hasMessage("The baseline of 'echo' could not be started: java.lang.IllegalStateException: port taken");
    }

    private static LaunchContext context(String role) {
        return new LaunchContext() {
            @Override
            public String service() {
                return "echo";
            }

            @Override
            public WorkloadIdentity identity() {
                return WorkloadIdentity.baseline(Workload.named("echo"));
            }

            @Override
            public URI routeServer() {
                throw new UnsupportedOperationException("not needed here");
            }

            @Override
            public String role() {
                return role;
            }

            @Override
            public int port() {
                return 0;
            }

            @Override
            public URI endpoint(String service) {
                throw new UnsupportedOperationException("not needed here");
            }

            @Override
            public Map<String, String> env() {
                return Map.of();
            }

            @Override
            public Path logDirectory() {
                return Path.of("target");
            }

            @Override
            public Reaper reaper() {
                return Reaper.disabled();
            }
        };
    }
}
