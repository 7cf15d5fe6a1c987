package dev.sandboxtests.samples.shop.kubernetes;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.settings.SandboxSettings;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shop's baseline on a cluster simulated in this JVM: namespace {@code shop} on a {@link MockCluster} with a
 * Deployment and a Service for orders and for pricing (images {@code shop/orders:baseline},
 * {@code shop/pricing:baseline}, addresses like {@code http://pricing.shop.svc.cluster.local:8080} in orders'
 * environment) and the team's Istio {@code VirtualService} for pricing (one entry, to the Service), a {@link SimulatedMesh} in front of its Services and a {@link SimulatedKubelet} running its
 * Deployments ({@link ShopImages}). Orders publishes on the run's Kafka broker, which stands for
 * {@code kafka.shop.svc.cluster.local:9092}; inventory is not deployed (orders reaches it lazily, and only for
 * availability, which the classes run here do not ask).
 *
 * <pre>{@code
 * try (ShopCluster shop = ShopCluster.start(workDirectory, logDirectory)) {
 *     // sandbox.kubernetes.kubeconfig=shop.kubeconfig(), sandbox.kubernetes.endpoints=orders=shop.address("orders")
 * }
 * }</pre>
 */
final class ShopCluster implements AutoCloseable {

    static final String NAMESPACE = "shop";
    static final List<String> SERVICES = List.of("orders", "pricing");
    private static final String KAFKA = "kafka.shop.svc.cluster.local:9092";

    private final MockCluster cluster;
    private final Path kubeconfig;
    private final SimulatedMesh mesh;
    private final SimulatedKubelet kubelet;

    private ShopCluster(MockCluster cluster, Path kubeconfig, SimulatedMesh mesh, SimulatedKubelet kubelet) {
        this.cluster = cluster;
        this.kubeconfig = kubeconfig;
        this.mesh = mesh;
        this.kubelet = kubelet;
    }

    /**
     * Creates the baseline and returns once its Deployments are available.
     *
     * @param workDirectory where the kubeconfig is written
     * @param logDirectory  where the child processes of the shop's pods write their output
     * @throws IllegalStateException with the Deployments' status if the baseline does not become available; what
     *     was started is stopped then
     */
    static ShopCluster start(Path workDirectory, Path logDirectory) throws InterruptedException {
        ShopCluster shop = assemble(workDirectory, logDirectory);
        try {
            for (String service : SERVICES) {
                shop.client().apps().deployments().inNamespace(NAMESPACE).withName(service)
                        .waitUntilCondition(SimulatedKubelet::isAvailable, 60, TimeUnit.SECONDS);
            }
        } catch (RuntimeException e) {
            String status = Serialization.asJson(shop.client().apps().deployments().inNamespace(NAMESPACE).list()
                    .getItems().stream().map(Deployment::getStatus).toList());
            shop.close();
            throw new IllegalStateException("The shop's baseline did not become available: " + status, e);
        }
        return shop;
    }

    /** Starts the parts one after another, stopping those already started if a later one fails. */
    private static ShopCluster assemble(Path workDirectory, Path logDirectory) {
        MockCluster cluster = MockCluster.start();
        RunningPods pods = new RunningPods();
        try {
            Path kubeconfig = cluster.writeKubeconfig(workDirectory, NAMESPACE);
            createBaseline(cluster.client());
            SimulatedMesh mesh = SimulatedMesh.start(cluster.client(), NAMESPACE, pods);
            try {
                InClusterAddresses addresses = new InClusterAddresses(NAMESPACE, mesh::address,
                        Map.of(KAFKA, KafkaTestBroker.shared().bootstrapServers()));
                return new ShopCluster(cluster, kubeconfig, mesh, SimulatedKubelet.start(cluster.client(), NAMESPACE,
                        ShopImages.launchers(), pods, addresses, logDirectory,
                        Reaper.forSettings(SandboxSettings.fromSystem())));
            } catch (RuntimeException e) {
                mesh.close();
                throw e;
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    KubernetesClient client() {
        return cluster.client();
    }

    /** A kubeconfig whose current context is the cluster, in namespace {@code shop}. */
    Path kubeconfig() {
        return kubeconfig;
    }

    /** The mesh's local address of {@code service}, where a test outside the cluster reaches it. */
    URI address(String service) {
        return mesh.address(service).orElseThrow(() -> new IllegalArgumentException("no Service " + service));
    }

    /** The Deployments that have a running instance now. */
    List<String> runningDeployments() {
        return kubelet.runningDeployments();
    }

    /** The specs of the baseline's Deployments, Services and VirtualService as JSON, to compare before and after, byte for byte. */
    Map<String, String> baselineSpecs() {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String service : SERVICES) {
            specs.put("Deployment/" + service, Serialization.asJson(client().apps().deployments().inNamespace(NAMESPACE)
                    .withName(service).get().getSpec()));
            specs.put("Service/" + service, Serialization.asJson(client().services().inNamespace(NAMESPACE)
                    .withName(service).get().getSpec()));
        }
        GenericKubernetesResource route = client().genericKubernetesResources(SimulatedMesh.VIRTUAL_SERVICE)
                .inNamespace(NAMESPACE).withName("pricing").get();
        specs.put("VirtualService/pricing", Serialization.asJson(route.getAdditionalProperties().get("spec")));
        return specs;
    }

    private static void createBaseline(KubernetesClient client) {
        client.resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
        client.resource(deployment("orders", ShopImages.ORDERS, Map.of(
                "PRICING_URL", "http://pricing.shop.svc.cluster.local:8080",
                "INVENTORY_TARGET", "http://inventory.shop.svc.cluster.local:9090",
                "KAFKA_BOOTSTRAP_SERVERS", KAFKA), "/health")).create();
        client.resource(service("orders")).create();
        client.resource(deployment("pricing", ShopImages.PRICING, Map.of(), null)).create();
        client.resource(service("pricing")).create();
        client.genericKubernetesResources(SimulatedMesh.VIRTUAL_SERVICE).inNamespace(NAMESPACE)
                .resource(pricingVirtualService()).create();
    }

    /** The cluster's own route for pricing, as a team on Istio has it: one entry, to the Service. */
    private static GenericKubernetesResource pricingVirtualService() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("hosts", List.of("pricing"));
        spec.put("http", List.of(Map.of("name", "default", "timeout", "5s",
                "route", List.of(Map.of("destination", Map.of("host", "pricing"))))));
        return new GenericKubernetesResourceBuilder().withApiVersion("networking.istio.io/v1").withKind("VirtualService")
                .withNewMetadata().withName("pricing").withNamespace(NAMESPACE).withLabels(Map.of("app", "pricing"))
                .endMetadata().addToAdditionalProperties("spec", spec).build();
    }

    private static Deployment deployment(String name, String image, Map<String, String> env, String readinessPath) {
        DeploymentBuilder deployment = new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).withLabels(Map.of("app", name)).endMetadata()
                .withNewSpec().withReplicas(1).withNewSelector().withMatchLabels(Map.of("app", name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", name, "version", "v1")).endMetadata()
                .withNewSpec().addNewContainer().withName(name).withImage(image).addNewPort().withContainerPort(8080)
                .endPort().endContainer().endSpec().endTemplate().endSpec();
        env.forEach((variable, value) -> deployment.editSpec().editTemplate().editSpec().editFirstContainer()
                .addNewEnv().withName(variable).withValue(value).endEnv().endContainer().endSpec().endTemplate().endSpec());
        if (readinessPath != null) {
            deployment.editSpec().editTemplate().editSpec().editFirstContainer().withNewReadinessProbe().withNewHttpGet()
                    .withPath(readinessPath).withPort(new IntOrString(8080)).endHttpGet().endReadinessProbe()
                    .endContainer().endSpec().endTemplate().endSpec();
        }
        return deployment.build();
    }

    private static io.fabric8.kubernetes.api.model.Service service(String name) {
        return new ServiceBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
                .withNewSpec().withSelector(Map.of("app", name)).addNewPort().withName("http").withPort(8080)
                .withTargetPort(new IntOrString(8080)).withProtocol("TCP").endPort().endSpec().build();
    }

    /** Stops the kubelet (and every instance it runs), the mesh and the API server. */
    @Override
    public void close() throws InterruptedException {
        try {
            kubelet.close();
        } finally {
            mesh.close();
            cluster.close();
        }
    }
}
