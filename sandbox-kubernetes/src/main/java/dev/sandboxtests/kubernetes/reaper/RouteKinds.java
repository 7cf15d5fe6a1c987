package dev.sandboxtests.kubernetes.reaper;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;

/**
 * The mesh routing objects a sandbox may own or add entries to, as fabric8 generic resources. Named with a full
 * {@link ResourceDefinitionContext} (group, version, plural) so that fabric8 needs no API discovery: on a cluster
 * without the CRD the list answers 404, which means there is nothing of that kind to remove.
 */
final class RouteKinds {

    /** Istio's {@code VirtualService}, {@code networking.istio.io/v1} (Istio 1.22 and later). */
    static final ResourceDefinitionContext VIRTUAL_SERVICE = kind("networking.istio.io", "v1", "VirtualService",
            "virtualservices");
    /** Gateway API {@code HTTPRoute}, {@code gateway.networking.k8s.io/v1}. */
    static final ResourceDefinitionContext HTTP_ROUTE = kind("gateway.networking.k8s.io", "v1", "HTTPRoute",
            "httproutes");
    /** Gateway API {@code GRPCRoute}, {@code gateway.networking.k8s.io/v1}. */
    static final ResourceDefinitionContext GRPC_ROUTE = kind("gateway.networking.k8s.io", "v1", "GRPCRoute",
            "grpcroutes");

    /** Every kind a sandbox may own. */
    static final List<ResourceDefinitionContext> ALL = List.of(VIRTUAL_SERVICE, HTTP_ROUTE, GRPC_ROUTE);

    private RouteKinds() {
    }

    private static ResourceDefinitionContext kind(String group, String version, String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind)
                .withPlural(plural).withNamespaced(true).build();
    }
}
