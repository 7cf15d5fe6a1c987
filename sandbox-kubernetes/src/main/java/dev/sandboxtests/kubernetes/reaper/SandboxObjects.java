package dev.sandboxtests.kubernetes.reaper;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;

/** The objects of one sandbox (one routing key) that carry our labels, by kind. */
final class SandboxObjects {

    final List<OwnedRoute> routes = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    final List<Deployment> deployments = new ArrayList<>();

    /** Every object, for judging expiry. */
    List<HasMetadata> all() {
        List<HasMetadata> all = new ArrayList<>();
        routes.forEach(route -> all.add(route.object()));
        all.addAll(services);
        all.addAll(deployments);
        return all;
    }

    boolean isEmpty() {
        return routes.isEmpty() && services.isEmpty() && deployments.isEmpty();
    }
}
