package dev.sandboxtests.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the Deployment controller, the scheduler and the kubelet would write for the forks a sandbox creates, on the
 * mock API server: a watch on the namespace's managed Deployments answers each new one as the {@link Outcome} says —
 * status with an available replica, or a pod that cannot pull its image, crash-loops or cannot be scheduled (with its
 * events), or a {@code ReplicaFailure} condition for an exceeded quota — and deletes a Deployment's pods with it, as
 * the garbage collector would.
 */
final class SimulatedController implements AutoCloseable {

    /** How a fork fares. */
    enum Outcome { AVAILABLE, IMAGE_PULL_BACK_OFF, CRASH_LOOP, UNSCHEDULABLE, QUOTA_EXCEEDED }

    static final String CRASH_LOG = "Starting pricing\nException in thread \"main\" java.lang.IllegalStateException:"
            + " DISCOUNT_PERCENT must be at most 100\n\tat pricing.Main.main(Main.java:12)";

    private final KubernetesClient client;
    private final String namespace;
    private final Outcome outcome;
    private final Consumer<Pod> onCrashingPod;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final Watch watch;

    /**
     * @param onCrashingPod called with each crash-looping pod, e.g. to serve its log
     */
    SimulatedController(KubernetesClient client, String namespace, Outcome outcome, Consumer<Pod> onCrashingPod) {
        this.client = client;
        this.namespace = namespace;
        this.outcome = outcome;
        this.onCrashingPod = onCrashingPod;
        this.watch = client.apps().deployments().inNamespace(namespace)
                .withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE).watch(new Watcher<>() {
                    @Override
                    public void eventReceived(Action action, Deployment deployment) {
                        if (action == Action.ADDED) {
                            worker.execute(() -> answer(deployment));
                        } else if (action == Action.DELETED) {
                            worker.execute(() -> collectGarbage(deployment));
                        }
                    }

                    @Override
                    public void onClose(WatcherException cause) {
                    }
                });
    }

    SimulatedController(KubernetesClient client, String namespace, Outcome outcome) {
        this(client, namespace, outcome, pod -> { });
    }

    private void answer(Deployment deployment) {
        switch (outcome) {
            case AVAILABLE -> {
                pod(deployment, "Running");
                deployment.setStatus(new DeploymentStatusBuilder().withReplicas(1).withUpdatedReplicas(1)
                        .withReadyReplicas(1).withAvailableReplicas(1).build());
                client.resource(deployment).updateStatus();
            }
            case IMAGE_PULL_BACK_OFF -> {
                Pod pod = pod(deployment, "Pending");
                String image = image(deployment);
                // As the kubelet does: the failed pull is an event first, the back-off a container state after it.
                warning(pod, "Failed", "Failed to pull image \"" + image + "\": rpc error: code = NotFound desc ="
                        + " failed to pull and unpack image \"" + image + "\": not found");
                waiting(pod, "ImagePullBackOff", "Back-off pulling image \"" + image + "\"");
            }
            case CRASH_LOOP -> {
                Pod pod = pod(deployment, "Running");
                pod.getStatus().getContainerStatuses().set(0, new ContainerStatusBuilder()
                        .withName(containerName(deployment)).withImage(image(deployment)).withRestartCount(4)
                        .withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                        .withMessage("back-off 1m20s restarting failed container").endWaiting().endState()
                        .withNewLastState().withNewTerminated().withExitCode(1).withReason("Error").endTerminated()
                        .endLastState().build());
                onCrashingPod.accept(pod); // its log is there before anyone sees it crash
                client.resource(pod).updateStatus();
            }
            case UNSCHEDULABLE -> {
                Pod pod = pod(deployment, "Pending");
                pod.getStatus().getContainerStatuses().clear();
                pod.getStatus().getConditions().add(new io.fabric8.kubernetes.api.model.PodConditionBuilder()
                        .withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                        .withMessage("0/3 nodes are available: 3 Insufficient cpu.").build());
                client.resource(pod).updateStatus();
            }
            case QUOTA_EXCEEDED -> {
                deployment.setStatus(new DeploymentStatusBuilder().withConditions(new DeploymentConditionBuilder()
                        .withType("ReplicaFailure").withStatus("True").withReason("FailedCreate")
                        .withMessage("pods \"" + deployment.getMetadata().getName() + "-5d8f9c7b4-x2x9q\" is forbidden:"
                                + " exceeded quota: compute, requested: cpu=2, used: cpu=8, limited: cpu=8").build())
                        .build());
                client.resource(deployment).updateStatus();
            }
        }
    }

    private Pod pod(Deployment deployment, String phase) {
        Pod pod = client.resource(new PodBuilder().withNewMetadata()
                .withName(deployment.getMetadata().getName() + "-5d8f9c7b4-x2x9q").withNamespace(namespace)
                .withLabels(deployment.getSpec().getTemplate().getMetadata().getLabels()).endMetadata()
                .withSpec(deployment.getSpec().getTemplate().getSpec()).build()).create();
        pod.setStatus(new io.fabric8.kubernetes.api.model.PodStatusBuilder().withPhase(phase)
                .addNewContainerStatus().withName(containerName(deployment)).withImage(image(deployment))
                .withNewState().withNewRunning().endRunning().endState().endContainerStatus().build());
        return client.resource(pod).updateStatus();
    }

    private void waiting(Pod pod, String reason, String message) {
        pod.getStatus().getContainerStatuses().get(0).setState(new io.fabric8.kubernetes.api.model.ContainerStateBuilder()
                .withNewWaiting().withReason(reason).withMessage(message).endWaiting().build());
        client.resource(pod).updateStatus();
    }

    private void warning(Pod pod, String reason, String message) {
        client.resource(new EventBuilder().withNewMetadata().withName(pod.getMetadata().getName() + ".1")
                .withNamespace(namespace).endMetadata().withType("Warning").withReason(reason).withMessage(message)
                .withLastTimestamp("2026-12-06T04:00:00Z")
                .withNewInvolvedObject().withKind("Pod").withName(pod.getMetadata().getName()).withNamespace(namespace)
                .endInvolvedObject().build()).create();
    }

    private void collectGarbage(Deployment deployment) {
        client.pods().inNamespace(namespace).withLabels(deployment.getSpec().getSelector().getMatchLabels()).list()
                .getItems().forEach(pod -> client.resource(pod).delete());
    }

    private static String image(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    private static String containerName(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getName();
    }

    /** Waits (up to ten seconds) until the pods of the sandbox of {@code key} are collected with their Deployment. */
    void awaitGarbageCollected(String key) throws InterruptedException {
        for (int i = 0; i < 100 && !client.pods().inNamespace(namespace).withLabel(KubernetesLabels.ROUTING_KEY, key)
                .list().getItems().isEmpty(); i++) {
            Thread.sleep(100);
        }
    }

    /** Stops watching once the work already received is done, so that garbage is collected before tests look. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watch.close();
        }
    }
}
