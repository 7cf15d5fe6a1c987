package dev.sandboxtests.kubernetes;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Waits until every fork's Deployment has an available replica and its routing rules are in place. A fork that cannot
 * become ready (an image that cannot be pulled, a crash loop, a quota) fails at once with that reason; one that is
 * still waiting when the time is up (a pod the scheduler cannot place, say) fails with what it waits for.
 */
final class ForkReadiness {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KubernetesClient client;
    private final MeshRoutes routes;
    private final ForkDiagnosis diagnosis;

    ForkReadiness(KubernetesClient client, MeshRoutes routes) {
        this.client = client;
        this.routes = routes;
        this.diagnosis = new ForkDiagnosis(client);
    }

    /** @throws KubernetesSandboxException naming each fork that is not ready and why */
    void await(String sandbox, List<ForkPlan> plans, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> notReady = new ArrayList<>();
            for (ForkPlan plan : plans) {
                notReady(plan).ifPresent(reason -> notReady.add("fork " + plan.name() + " of " + plan.namespace() + "/"
                        + plan.baseline().forkOf().name() + ": " + reason));
            }
            if (notReady.isEmpty()) {
                return;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new KubernetesSandboxException("Sandbox '" + sandbox + "' is not ready after " + timeout + ": "
                        + String.join("\n", notReady));
            }
            sleep(sandbox);
        }
    }

    private Optional<String> notReady(ForkPlan plan) {
        Deployment deployment = client.apps().deployments().inNamespace(plan.namespace()).withName(plan.name()).get();
        if (deployment == null) {
            throw new KubernetesSandboxException("The Deployment " + plan.namespace() + "/" + plan.name() + " of sandbox '"
                    + plan.ownership().sandbox() + "' is gone: something deleted it (a reaper, when its ttl was too short?).");
        }
        Integer available = deployment.getStatus() == null ? null : deployment.getStatus().getAvailableReplicas();
        if (available == null || available < 1) {
            ForkDiagnosis.Finding finding = diagnosis.diagnose(plan, deployment);
            if (finding.definite()) {
                throw new KubernetesSandboxException("Sandbox '" + plan.ownership().sandbox() + "' cannot become ready:"
                        + " fork " + plan.name() + " of " + plan.namespace() + "/" + plan.baseline().forkOf().name()
                        + ": " + finding.reason());
            }
            return Optional.of("no available replica: " + finding.reason());
        }
        return routes.missing(plan);
    }

    private static void sleep(String sandbox) {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KubernetesSandboxException("Interrupted while waiting for sandbox '" + sandbox + "'", e);
        }
    }
}
