package dev.sandboxtests.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Why a fork is not available, read the way {@code kubectl describe} shows it: the Deployment's
 * {@code ReplicaFailure} condition (pods it may not create, such as an exceeded quota), each pod's containers waiting
 * to pull an image or crash-looping (with their last log lines), pods the scheduler cannot place, and the pods'
 * latest warning events.
 */
final class ForkDiagnosis {

    static final int LOG_LINES = 20;
    private static final Set<String> PULL_FAILURES = Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName",
            "ErrImageNeverPull");

    private final KubernetesClient client;

    ForkDiagnosis(KubernetesClient client) {
        this.client = client;
    }

    /**
     * What keeps the fork from being available.
     *
     * @param deployment the fork's Deployment as last read
     */
    Finding diagnose(ForkPlan plan, Deployment deployment) {
        Optional<Finding> replicaFailure = replicaFailure(deployment);
        if (replicaFailure.isPresent()) {
            return replicaFailure.get();
        }
        List<Pod> pods = client.pods().inNamespace(plan.namespace())
                .withLabels(plan.deployment().getSpec().getSelector().getMatchLabels()).list().getItems();
        if (pods.isEmpty()) {
            return new Finding(false, "no pod of the fork exists yet");
        }
        List<String> waiting = new ArrayList<>();
        for (Pod pod : pods) {
            if (pod.getStatus() == null) {
                waiting.add("pod " + pod.getMetadata().getName() + " has no status yet");
                continue;
            }
            Optional<Finding> failure = containerFailure(pod).or(() -> unschedulable(pod));
            if (failure.isPresent()) {
                return failure.get();
            }
            waiting.add("pod " + pod.getMetadata().getName() + " is " + pod.getStatus().getPhase());
        }
        return new Finding(false, String.join("; ", waiting) + warnings(pods.get(0)));
    }

    private Optional<Finding> replicaFailure(Deployment deployment) {
        if (deployment.getStatus() == null || deployment.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return deployment.getStatus().getConditions().stream()
                .filter(c -> "ReplicaFailure".equals(c.getType()) && "True".equals(c.getStatus()))
                .findFirst().map(c -> new Finding(true, "its pods cannot be created (ReplicaFailure, "
                        + c.getReason() + "): " + c.getMessage()
                        + (isQuota(c) ? " — the namespace's ResourceQuota is used up; free quota or raise it" : "")));
    }

    private static boolean isQuota(DeploymentCondition condition) {
        return condition.getMessage() != null && condition.getMessage().contains("exceeded quota");
    }

    private Optional<Finding> containerFailure(Pod pod) {
        List<ContainerStatus> statuses = new ArrayList<>();
        if (pod.getStatus().getInitContainerStatuses() != null) {
            statuses.addAll(pod.getStatus().getInitContainerStatuses());
        }
        if (pod.getStatus().getContainerStatuses() != null) {
            statuses.addAll(pod.getStatus().getContainerStatuses());
        }
        for (ContainerStatus status : statuses) {
            ContainerStateWaiting waiting = status.getState() == null ? null : status.getState().getWaiting();
            if (waiting == null) {
                continue;
            }
            String where = "container '" + status.getName() + "' of pod " + pod.getMetadata().getName();
            if (PULL_FAILURES.contains(waiting.getReason())) {
                return Optional.of(new Finding(true, where + " cannot pull image '" + status.getImage() + "' ("
                        + waiting.getReason() + (waiting.getMessage() == null ? "" : ": " + waiting.getMessage()) + ")"
                        + warnings(pod)));
            }
            if ("CrashLoopBackOff".equals(waiting.getReason())) {
                return Optional.of(new Finding(true, where + " keeps crashing (CrashLoopBackOff" + exit(status) + ", "
                        + status.getRestartCount() + " restarts); its last log lines:\n" + lastLogLines(pod, status)));
            }
        }
        return Optional.empty();
    }

    private static String exit(ContainerStatus status) {
        ContainerStateTerminated last = status.getLastState() == null ? null : status.getLastState().getTerminated();
        return last == null ? "" : ", last exit code " + last.getExitCode()
                + (last.getReason() == null ? "" : " (" + last.getReason() + ")");
    }

    private static Optional<Finding> unschedulable(Pod pod) {
        List<PodCondition> conditions = pod.getStatus().getConditions();
        return conditions == null ? Optional.empty() : conditions.stream()
                .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())
                        && "Unschedulable".equals(c.getReason()))
                .findFirst().map(c -> new Finding(false, "pod " + pod.getMetadata().getName()
                        + " cannot be scheduled (Unschedulable): " + c.getMessage()));
    }

    /** The previous run's log of a crashing container: the run that crashed. */
    private String lastLogLines(Pod pod, ContainerStatus status) {
        try {
            String log = client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .inContainer(status.getName()).terminated().tailingLines(LOG_LINES).getLog();
            return log == null || log.isBlank() ? "(the log is empty)" : log.strip();
        } catch (KubernetesClientException e) {
            return "(its log could not be read: " + e.getMessage() + "; try kubectl logs --previous "
                    + pod.getMetadata().getName() + " -c " + status.getName() + ")";
        }
    }

    /** The pod's latest warning event, as {@code kubectl describe pod} lists it. */
    private String warnings(Pod pod) {
        return client.v1().events().inNamespace(pod.getMetadata().getNamespace()).list().getItems().stream()
                .filter(e -> "Warning".equals(e.getType()) && e.getInvolvedObject() != null
                        && pod.getMetadata().getName().equals(e.getInvolvedObject().getName()))
                .max(Comparator.comparing(ForkDiagnosis::when))
                .map(e -> "; latest warning: " + e.getReason() + ": " + e.getMessage()).orElse("");
    }

    private static String when(Event event) {
        return Objects.requireNonNullElse(Objects.requireNonNullElse(event.getLastTimestamp(), event.getFirstTimestamp()),
                "");
    }

    /**
     * @param definite whether waiting longer cannot help (an image that cannot be pulled, a crash loop, a quota), so
     *                 readiness fails at once
     * @param reason   what is wrong, for the message
     */
    record Finding(boolean definite, String reason) {
    }
}
