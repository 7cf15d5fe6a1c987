package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.settings.SandboxSettings;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The TTL reaper as a command for a scheduled CI job (or a Kubernetes {@code CronJob}): sweeps the namespaces it is
 * given, prints one line per removed object on standard output and one per problem on standard error, and exits
 * with status 0 when all went well, 1 when something could not be removed or listed, 2 when it was called wrongly.
 * The cluster comes from fabric8's default configuration: {@code KUBECONFIG} or {@code ~/.kube/config} and its
 * current context, or the service account of the pod it runs in.
 *
 * <pre>
 * java -cp "$(cat classpath.txt)" dev.sandboxtests.kubernetes.reaper.KubernetesReaperCommand --namespace shop --dry-run
 * would remove Deployment shop/pricing-k3v9 (sandbox key k3v9x0q2m8a7c1zt: expired at 2026-12-06T05:00:00Z)
 * </pre>
 *
 * <p>Arguments, which override {@link KubernetesReaperSettings}: {@code --namespace NAME} (repeatable, or
 * {@code NAME,NAME}), {@code --all-namespaces}, {@code --dry-run}, {@code --help}.
 */
public final class KubernetesReaperCommand {

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    private KubernetesReaperCommand() {
    }

    public static void main(String[] args) {
        int status;
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            status = run(args, SandboxSettings.fromSystem(), client, Clock.systemUTC(), System.out, System.err);
        }
        System.exit(status);
    }

    /** Runs the command against {@code client}; returns the exit status. */
    static int run(String[] args, SandboxSettings settings, KubernetesClient client, Clock clock, PrintStream out,
            PrintStream err) {
        ReaperArguments arguments;
        try {
            arguments = ReaperArguments.parse(Arrays.asList(args), settings);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(ReaperArguments.USAGE);
            return USAGE;
        }
        if (arguments.help()) {
            out.println(ReaperArguments.USAGE);
            return OK;
        }
        KubernetesReaper reaper = arguments.dryRun() ? KubernetesReaper.of(client, clock).dryRun()
                : KubernetesReaper.of(client, clock);
        List<SweepReport> reports = new ArrayList<>();
        if (arguments.allNamespaces()) {
            reports.add(reaper.sweepAllNamespaces());
        } else {
            List<String> namespaces = arguments.namespaces().isEmpty()
                    ? List.of(client.getNamespace() == null ? "default" : client.getNamespace()) : arguments.namespaces();
            namespaces.forEach(namespace -> reports.add(reaper.sweep(namespace)));
        }
        boolean problems = false;
        for (SweepReport report : reports) {
            report.removed().forEach(object -> out.println((report.dryRun() ? "would remove " : "removed ") + object));
            report.problems().forEach(problem -> err.println("problem: " + problem));
            problems |= !report.succeeded();
        }
        return problems ? PROBLEMS : OK;
    }
}
