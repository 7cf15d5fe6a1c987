package dev.sandboxtests.samples.shop.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records, through watches on the API server, the Deployments and Services created in a namespace and every version
 * of its VirtualServices: what a provider created and wrote while a test class ran, to look at after the class has
 * deleted it all.
 *
 * <pre>{@code
 * try (ObjectRecorder recorded = ObjectRecorder.watch(client, "shop")) {
 *     ... run the class ...
 *     recorded.created()   // [Deployment pricing-7r3x…, Service pricing-7r3x…, VirtualService sandbox-tests-pricing]
 * }
 * }</pre>
 */
final class ObjectRecorder implements AutoCloseable {

    private final List<HasMetadata> created = new CopyOnWriteArrayList<>();
    private final List<GenericKubernetesResource> virtualServiceVersions = new CopyOnWriteArrayList<>();
    private final Set<String> existing = ConcurrentHashMap.newKeySet();
    private final List<Watch> watches;

    private ObjectRecorder(KubernetesClient client, String namespace) {
        // A watch begins with an ADDED event for each object there already is: those were not created meanwhile.
        client.apps().deployments().inNamespace(namespace).list().getItems().forEach(this::existedBefore);
        client.services().inNamespace(namespace).list().getItems().forEach(this::existedBefore);
        client.genericKubernetesResources(SimulatedMesh.VIRTUAL_SERVICE).inNamespace(namespace).list().getItems()
                .forEach(this::existedBefore);
        watches = List.of(
                client.apps().deployments().inNamespace(namespace).watch(new Recording<Deployment>()),
                client.services().inNamespace(namespace).watch(new Recording<Service>()),
                client.genericKubernetesResources(SimulatedMesh.VIRTUAL_SERVICE).inNamespace(namespace)
                        .watch(new Recording<GenericKubernetesResource>()));
    }

    private void existedBefore(HasMetadata object) {
        existing.add(object.getMetadata().getUid());
    }

    /** Starts recording what is created in {@code namespace} from now on. */
    static ObjectRecorder watch(KubernetesClient client, String namespace) {
        return new ObjectRecorder(client, namespace);
    }

    /** The objects created since recording started, as they were created. */
    List<HasMetadata> created() {
        return List.copyOf(created);
    }

    /** Every version of every VirtualService written since recording started. */
    List<GenericKubernetesResource> virtualServiceVersions() {
        return List.copyOf(virtualServiceVersions);
    }

    @Override
    public void close() {
        watches.forEach(Watch::close);
    }

    private final class Recording<T extends HasMetadata> implements Watcher<T> {
        @Override
        public void eventReceived(Action action, T object) {
            if (action == Action.ADDED && !existing.contains(object.getMetadata().getUid())) {
                created.add(object);
            }
            if (object instanceof GenericKubernetesResource vs && (action == Action.ADDED || action == Action.MODIFIED)) {
                virtualServiceVersions.add(vs);
            }
        }

        @Override
        public void onClose(WatcherException cause) {
        }
    }
}
