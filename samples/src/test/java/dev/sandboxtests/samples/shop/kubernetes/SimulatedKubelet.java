package dev.sandboxtests.samples.shop.kubernetes;

import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.local.ServiceLauncher;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The Deployment controller and the kubelet of a {@link MockCluster}, for one namespace: for every Deployment there
 * (the baseline's, and the forks a provider creates) it starts one instance of the container's image locally
 * ({@link ImageLaunchers}), with the container's environment whose in-cluster addresses {@link InClusterAddresses}
 * turned into local ones; it waits for the container's {@code readinessProbe.httpGet} if it has one, registers the
 * instance as the Deployment's pod ({@link RunningPods}) and writes the Deployment's status as the real controller
 * does: one ready and available replica, or {@code Available=False} with the reason. A deleted Deployment's instance
 * is stopped. Events are handled one after another, in the order the API server sent them.
 *
 * <pre>{@code
 * try (SimulatedKubelet kubelet = SimulatedKubelet.start(client, "shop", images, pods, addresses, logs)) {
 *     client.apps().deployments().inNamespace("shop").withName("pricing")
 *             .waitUntilCondition(SimulatedKubelet::isAvailable, 60, TimeUnit.SECONDS);
 * }
 * }</pre>
 *
 * <p>Modelled: one container per pod, one replica, {@code env[].value} (no {@code valueFrom}). Spec changes of an
 * existing Deployment are not rolled out: sandboxes never change a Deployment after creating it.
 */
final class SimulatedKubelet implements AutoCloseable {

    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROBE_PERIOD = Duration.ofMillis(100);

    private final KubernetesClient client;
    private final String namespace;
    private final ImageLaunchers images;
    private final RunningPods pods;
    private final InClusterAddresses addresses;
    private final Path logDirectory;
    private final Reaper reaper;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final HttpClient probes = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SharedIndexInformer<Deployment> deployments;

    private SimulatedKubelet(KubernetesClient client, String namespace, ImageLaunchers images, RunningPods pods,
            InClusterAddresses addresses, Path logDirectory, Reaper reaper) {
        this.client = client;
        this.namespace = namespace;
        this.images = images;
        this.pods = pods;
        this.addresses = addresses;
        this.logDirectory = logDirectory;
        this.reaper = reaper;
        this.deployments = client.apps().deployments().inNamespace(namespace).inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Deployment deployment) {
                worker.execute(() -> run(deployment));
            }

            @Override
            public void onUpdate(Deployment before, Deployment after) {
            }

            @Override
            public void onDelete(Deployment deployment, boolean finalStateUnknown) {
                worker.execute(() -> pods.remove(deployment.getMetadata().getName())
                        .ifPresent(pod -> pod.instance().close()));
            }
        });
    }

    /**
     * Runs the Deployments of {@code namespace}, those there now and those created later, until closed.
     *
     * @param logDirectory where child processes write their output
     * @param reaper       stops child processes if this JVM is killed
     */
    static SimulatedKubelet start(KubernetesClient client, String namespace, ImageLaunchers images, RunningPods pods,
            InClusterAddresses addresses, Path logDirectory, Reaper reaper) {
        return new SimulatedKubelet(client, namespace, images, pods, addresses, logDirectory, reaper);
    }

    /** Whether {@code deployment}'s status says it has an available replica. */
    static boolean isAvailable(Deployment deployment) {
        return deployment != null && deployment.getStatus() != null && deployment.getStatus().getAvailableReplicas() != null
                && deployment.getStatus().getAvailableReplicas() > 0;
    }

    private void run(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            unavailable(name, "the simulated kubelet runs pods of one container; " + name + " has " + containers.size());
            return;
        }
        Container container = containers.get(0);
        Optional<ServiceLauncher> launcher = images.launcher(container.getImage());
        if (launcher.isEmpty()) {
            unavailable(name, "ErrImagePull: no launcher for image \"" + container.getImage() + "\"; the simulated"
                    + " cluster runs " + images.images());
            return;
        }
        Map<String, String> env = environment(container);
        RunningService instance;
        try {
            instance = launcher.get().start(new PodLaunchContext(name, identity(deployment, env), freePort(), env,
                    logDirectory, reaper));
        } catch (Exception e) {
            unavailable(name, "the container of image " + container.getImage() + " did not start: " + e);
            return;
        }
        Optional<String> notReady = awaitReadiness(container, instance);
        if (notReady.isPresent()) {
            instance.close();
            unavailable(name, notReady.get());
            return;
        }
        pods.add(new RunningPods.Pod(name, deployment.getSpec().getTemplate().getMetadata().getLabels(), instance));
        writeStatus(name, new DeploymentStatusBuilder().withObservedGeneration(1L).withReplicas(1).withUpdatedReplicas(1)
                .withReadyReplicas(1).withAvailableReplicas(1).withConditions(new DeploymentConditionBuilder()
                        .withType("Available").withStatus("True").withReason("MinimumReplicasAvailable")
                        .withMessage("Deployment has minimum availability.").build()).build());
    }

    private Map<String, String> environment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            if (variable.getValue() != null) {
                env.put(variable.getName(), addresses.rewrite(variable.getValue()));
            }
        }
        return env;
    }

    /** A fork's pod knows who it is from the variables the provider set on it; a baseline's is its Deployment. */
    private WorkloadIdentity identity(Deployment deployment, Map<String, String> env) {
        if (env.containsKey(WorkloadIdentity.BASELINE_NAME)) {
            return WorkloadIdentity.from(env::get);
        }
        return WorkloadIdentity.baseline(new Workload("Deployment", namespace, deployment.getMetadata().getName()));
    }

    /** Empty once the probe answers 2xx (at once without a probe); else why the pod is not ready. */
    private Optional<String> awaitReadiness(Container container, RunningService instance) {
        HTTPGetAction probe = container.getReadinessProbe() == null ? null : container.getReadinessProbe().getHttpGet();
        if (probe == null) {
            return Optional.empty();
        }
        URI health = instance.uri().resolve(probe.getPath());
        long deadline = System.nanoTime() + READINESS_TIMEOUT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Optional<String> failure = instance.failure();
            if (failure.isPresent()) {
                return Optional.of("CrashLoopBackOff: " + failure.get());
            }
            try {
                int status = probes.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return Optional.empty();
                }
            } catch (IOException notListeningYet) {
                // the process is still starting: probe again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while probing " + health);
            }
            try {
                Thread.sleep(PROBE_PERIOD.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while probing " + health);
            }
        }
        return Optional.of("readiness probe " + health + " failed for " + READINESS_TIMEOUT + "; " + instance.diagnostics());
    }

    private void unavailable(String name, String reason) {
        writeStatus(name, new DeploymentStatusBuilder().withReplicas(1).withUnavailableReplicas(1)
                .withConditions(new DeploymentConditionBuilder().withType("Available").withStatus("False")
                        .withReason("MinimumReplicasUnavailable").withMessage(reason).build()).build());
    }

    private void writeStatus(String name, DeploymentStatus status) {
        Deployment current = client.apps().deployments().inNamespace(namespace).withName(name).get();
        if (current == null) {
            return; // deleted meanwhile; its delete event stops what was started
        }
        current.setStatus(status);
        client.resource(current).updateStatus();
    }

    /**
     * A free port on 127.0.0.1 for a child process. Another server could take it before the child binds it; the
     * child's readiness probe then fails with its log, which says so.
     */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The Deployments whose instance runs now. */
    List<String> runningDeployments() {
        return pods.deployments();
    }

    /** Stops watching, finishes the events received, and stops every instance it started. */
    @Override
    public void close() throws InterruptedException {
        deployments.close();
        worker.shutdown();
        if (!worker.awaitTermination(READINESS_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
        pods.removeAll().forEach(pod -> pod.instance().close());
    }
}
