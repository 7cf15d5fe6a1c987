package dev.sandboxtests.kubernetes;

/**
 * The labels and annotations that mark every object a sandbox creates on a cluster. Teardown, the TTL reaper
 * and the route resolver find objects by them, and never touch an object without {@link #MANAGED_BY}.
 *
 * <pre>{@code
 * metadata:
 *   labels:
 *     app.kubernetes.io/managed-by: sandbox-tests
 *     sandboxtests.dev/routing-key: 7r3xyg4bq9rrv4g9      # the owner: one sandbox, unique across CI jobs
 *     sandboxtests.dev/sandbox: pricing-test
 *     sandboxtests.dev/baseline-kind: Deployment
 *     sandboxtests.dev/baseline-namespace: shop
 *     sandboxtests.dev/baseline-name: pricing
 *   annotations:
 *     sandboxtests.dev/expires-at: "2026-12-06T05:00:00Z"
 * }</pre>
 */
public final class KubernetesLabels {

    /** On every object a sandbox creates. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** The value of {@link #MANAGED_BY}. */
    public static final String MANAGED_BY_VALUE = "sandbox-tests";
    /** The owner label: the sandbox's routing key, unique per sandbox even when parallel jobs reuse a name. */
    public static final String ROUTING_KEY = "sandboxtests.dev/routing-key";
    /** The sandbox's name. */
    public static final String SANDBOX = "sandboxtests.dev/sandbox";
    /** On a fork's objects: the kind of the workload it forks, {@code Deployment}. */
    public static final String BASELINE_KIND = "sandboxtests.dev/baseline-kind";
    /** On a fork's objects: the namespace of the workload it forks. */
    public static final String BASELINE_NAMESPACE = "sandboxtests.dev/baseline-namespace";
    /** On a fork's objects: the name of the workload it forks. */
    public static final String BASELINE_NAME = "sandboxtests.dev/baseline-name";
    /** Annotation: when reapers may delete the object, an ISO-8601 instant. */
    public static final String EXPIRES_AT = "sandboxtests.dev/expires-at";
    /**
     * The prefix of the name of every route entry a sandbox adds to an object it does not own (an Istio
     * {@code VirtualService}'s {@code http[].name}), followed by the routing key.
     */
    public static final String ROUTE_NAME_PREFIX = "sandbox-tests-";

    private KubernetesLabels() {
    }
}
