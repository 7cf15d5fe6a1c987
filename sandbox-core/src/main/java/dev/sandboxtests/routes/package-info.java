/**
 * Who is routed where, for consumers that decide per message instead of being routed by a proxy: the
 * baseline {@link dev.sandboxtests.routes.Workload}s, {@link dev.sandboxtests.routes.RoutingRule}s in the
 * shape of Signadot's routes API, the {@link dev.sandboxtests.routes.RouteResolver} SPI that providers
 * feed, a service's {@link dev.sandboxtests.routes.WorkloadIdentity} from its environment, and the
 * decision rule of {@link dev.sandboxtests.routes.ConsumerRouting}. No JUnit: runs inside services.
 */
package dev.sandboxtests.routes;
