package dev.sandboxtests.kubernetes;

import dev.sandboxtests.routing.RoutingHeaders;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCHeaderMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteMatchBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteRuleBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeaderMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatchBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRuleBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gateway API routing for meshes that implement it for east-west traffic (GAMMA: routes whose parent is a Service).
 * Each sandbox gets its own routes per port of the baseline Service, a {@code GRPCRoute} for a gRPC port (appProtocol
 * {@code grpc}, or a name starting with {@code grpc}) and an {@code HTTPRoute} for the others: a rule matching the
 * routing key that goes to the fork, and, unless a route of the cluster's own already attaches to the Service, a rule
 * sending everything else to the baseline (once any route attaches to a Service, requests no rule matches are not
 * routed). Gateway API prefers the rule with more header matches, so the sandbox's rule wins over the baseline's
 * without changing any route of the cluster's own. The typed model is fabric8's {@code kubernetes-model-gatewayapi},
 * which its client already carries.
 */
final class GatewayApiRoutes implements MeshRoutes {

    private final KubernetesClient client;
    private final RoutingHeaders headers;

    GatewayApiRoutes(KubernetesClient client, RoutingHeaders headers) {
        this.client = client;
        this.headers = headers;
    }

    @Override
    public List<HasMetadata> preview(ForkPlan plan) {
        boolean clusterRoutes = clusterRoutesAttach(plan);
        List<ServicePort> ports = plan.service().getSpec().getPorts();
        List<HasMetadata> routes = new ArrayList<>();
        for (ServicePort port : ports) {
            String name = ports.size() == 1 ? plan.name() : ForkNames.joined(plan.name(), String.valueOf(port.getPort()));
            routes.add(isGrpc(port) ? grpcRoute(plan, name, port, !clusterRoutes) : httpRoute(plan, name, port, !clusterRoutes));
        }
        return routes;
    }

    @Override
    public void apply(ForkPlan plan) {
        preview(plan).forEach(route -> client.resource(route).create());
    }

    @Override
    public Optional<String> missing(ForkPlan plan) {
        return preview(plan).stream()
                .filter(route -> client.resources(route.getClass()).inNamespace(plan.namespace())
                        .withName(route.getMetadata().getName()).get() == null)
                .findFirst().map(route -> route.getKind() + " " + route.getMetadata().getName() + " does not exist");
    }

    @Override
    public void remove(Ownership ownership, String namespace) {
        Stream.of(HTTPRoute.class, GRPCRoute.class).forEach(type -> client.resources(type).inNamespace(namespace)
                .withLabels(ownership.selector()).list().getItems().forEach(route -> client.resource(route).delete()));
    }

    private boolean clusterRoutesAttach(ForkPlan plan) {
        return Stream.concat(
                client.resources(HTTPRoute.class).inNamespace(plan.namespace()).list().getItems().stream()
                        .filter(route -> attaches(route.getSpec().getParentRefs(), plan)).map(HasMetadata::getMetadata),
                client.resources(GRPCRoute.class).inNamespace(plan.namespace()).list().getItems().stream()
                        .filter(route -> attaches(route.getSpec().getParentRefs(), plan)).map(HasMetadata::getMetadata))
                .anyMatch(metadata -> metadata.getLabels() == null
                        || !KubernetesLabels.MANAGED_BY_VALUE.equals(metadata.getLabels().get(KubernetesLabels.MANAGED_BY)));
    }

    private static boolean attaches(List<ParentReference> parents, ForkPlan plan) {
        return parents != null && parents.stream().anyMatch(parent -> "Service".equals(parent.getKind())
                && plan.baseline().serviceName().equals(parent.getName()));
    }

    private static boolean isGrpc(ServicePort port) {
        String protocol = port.getAppProtocol() == null ? "" : port.getAppProtocol().toLowerCase(Locale.ROOT);
        String name = port.getName() == null ? "" : port.getName().toLowerCase(Locale.ROOT);
        return protocol.equals("grpc") || name.equals("grpc") || name.startsWith("grpc-");
    }

    private ParentReference parent(ForkPlan plan, ServicePort port) {
        return new ParentReferenceBuilder().withGroup("").withKind("Service").withName(plan.baseline().serviceName())
                .withPort(port.getPort()).build();
    }

    private HTTPRoute httpRoute(ForkPlan plan, String name, ServicePort port, boolean withBaselineRule) {
        List<HTTPRouteRule> rules = new ArrayList<>();
        rules.add(new HTTPRouteRuleBuilder().withMatches(matches(plan).stream().map(match -> new HTTPRouteMatchBuilder()
                        .withHeaders(new HTTPHeaderMatch(match.header(), type(match), match.value())).build()).toList())
                .addNewBackendRef().withName(plan.name()).withPort(port.getPort()).endBackendRef().build());
        if (withBaselineRule) {
            rules.add(new HTTPRouteRuleBuilder().addNewBackendRef().withName(plan.baseline().serviceName())
                    .withPort(port.getPort()).endBackendRef().build());
        }
        return new HTTPRouteBuilder().withMetadata(metadata(plan, name))
                .withNewSpec().withParentRefs(parent(plan, port)).withRules(rules).endSpec().build();
    }

    private GRPCRoute grpcRoute(ForkPlan plan, String name, ServicePort port, boolean withBaselineRule) {
        List<GRPCRouteRule> rules = new ArrayList<>();
        rules.add(new GRPCRouteRuleBuilder().withMatches(matches(plan).stream().map(match -> new GRPCRouteMatchBuilder()
                        .withHeaders(new GRPCHeaderMatch(match.header(), type(match), match.value())).build()).toList())
                .addNewBackendRef().withName(plan.name()).withPort(port.getPort()).endBackendRef().build());
        if (withBaselineRule) {
            rules.add(new GRPCRouteRuleBuilder().addNewBackendRef().withName(plan.baseline().serviceName())
                    .withPort(port.getPort()).endBackendRef().build());
        }
        return new GRPCRouteBuilder().withMetadata(metadata(plan, name))
                .withNewSpec().withParentRefs(parent(plan, port)).withRules(rules).endSpec().build();
    }

    private List<HeaderMatch> matches(ForkPlan plan) {
        return HeaderMatch.forKey(headers, plan.ownership().key());
    }

    private static ObjectMeta metadata(ForkPlan plan, String name) {
        return new ObjectMetaBuilder().withName(name).withNamespace(plan.namespace())
                .withLabels(plan.ownership().labels(plan.baseline().forkOf(), plan.namespace()))
                .withAnnotations(plan.ownership().annotations()).build();
    }

    private static String type(HeaderMatch match) {
        return match.regex() ? "RegularExpression" : "Exact";
    }
}
