package dev.sandboxtests.kubernetes;

import dev.sandboxtests.kubernetes.reaper.KubernetesReaper;
import dev.sandboxtests.kubernetes.reaper.SweepReport;
import dev.sandboxtests.provider.ProvisioningContext;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * The TTL reaper's sweep of a namespace, once per test run, before the run's first sandbox there: what killed
 * test JVMs left and whose lease has run out goes, so that a CI cluster does not fill up between scheduled
 * sweeps. Its problems are logged, never thrown: they do not concern this run's sandbox.
 */
final class ExpiredSandboxes implements AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(ExpiredSandboxes.class.getName());

    private final SweepReport report;

    private ExpiredSandboxes(SweepReport report) {
        this.report = report;
    }

    /** Sweeps {@code namespace} unless this run has swept it already; what the sweep found. */
    static SweepReport sweepOnce(ProvisioningContext context, KubernetesClient client, Clock clock, String namespace) {
        return context.shared("kubernetes-expired-sandboxes:" + client.getMasterUrl() + "#" + namespace,
                ExpiredSandboxes.class, () -> new ExpiredSandboxes(sweep(client, clock, namespace))).report;
    }

    private static SweepReport sweep(KubernetesClient client, Clock clock, String namespace) {
        SweepReport report = KubernetesReaper.of(client, clock).sweep(namespace);
        report.removed().forEach(object -> LOGGER.log(Level.INFO, "Removed an expired sandbox's " + object));
        report.problems().forEach(problem -> LOGGER.log(Level.WARNING, "The sweep of expired sandboxes in namespace "
                + namespace + " left something: " + problem));
        return report;
    }

    @Override
    public void close() {
        // nothing held: the report stays only so that later sandboxes of the run do not sweep again
    }
}
