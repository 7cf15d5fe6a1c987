package dev.sandboxtests.kubernetes.reaper;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * A routing object a sandbox created and owns (a {@code VirtualService}, {@code HTTPRoute} or {@code GRPCRoute}),
 * with its kind so that it can be deleted as a generic resource.
 */
record OwnedRoute(ResourceDefinitionContext kind, GenericKubernetesResource object) {
}
