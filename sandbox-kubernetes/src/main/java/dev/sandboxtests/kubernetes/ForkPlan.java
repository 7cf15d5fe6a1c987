package dev.sandboxtests.kubernetes;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * One fork of a sandbox as it will be applied: the baseline it copies, and the Deployment and Service made for it.
 * Route objects depend on what the cluster holds when they are written, so {@link MeshRoutes} makes them.
 *
 * @param baseline   the baseline as read from the cluster
 * @param deployment the fork's Deployment
 * @param service    the Service that selects only the fork's pods
 * @param ownership  the labels and annotation of everything the sandbox creates
 */
record ForkPlan(Baseline baseline, Deployment deployment, Service service, Ownership ownership) {

    String name() {
        return deployment.getMetadata().getName();
    }

    String namespace() {
        return baseline.namespace();
    }

    /** The fork Service's cluster-wide host name, where the mesh sends the sandbox's requests. */
    String forkHost() {
        return service.getMetadata().getName() + "." + namespace() + ".svc.cluster.local";
    }

    /** The baseline Service's cluster-wide host name. */
    String baselineHost() {
        return baseline.serviceName() + "." + namespace() + ".svc.cluster.local";
    }
}
