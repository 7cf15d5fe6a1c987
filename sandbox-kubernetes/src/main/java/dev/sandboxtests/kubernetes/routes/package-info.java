/**
 * Who is routed where on a cluster, read from the labels of fork Deployments: the
 * {@link dev.sandboxtests.kubernetes.routes.KubernetesRouteResolver} (a cached view kept by a fabric8 informer), and
 * {@link dev.sandboxtests.kubernetes.routes.KubernetesRoutesServer}, which serves it in the shape of Signadot's routes
 * API to sandbox-aware consumers in pods.
 */
package dev.sandboxtests.kubernetes.routes;
