package dev.sandboxtests.kubernetes.routes;

import dev.sandboxtests.settings.Setting;
import java.util.List;

/**
 * The settings of {@link KubernetesRoutesServer}'s {@code main}, read like every setting (system property, then
 * environment variable; see {@link dev.sandboxtests.settings.SandboxSettings}).
 *
 * <pre>{@code
 * SANDBOX_KUBERNETES_ROUTES_NAMESPACE=shop java -cp ... dev.sandboxtests.kubernetes.routes.KubernetesRoutesServer
 * }</pre>
 */
public final class KubernetesRoutesSettings {

    /** The value of {@link #NAMESPACE} that means every namespace: {@value}. */
    public static final String ALL_NAMESPACES = "*";

    /** {@code sandbox.kubernetes.routes.namespace}: whose fork Deployments the route server reads. */
    public static final Setting<String> NAMESPACE = Setting.text("sandbox.kubernetes.routes.namespace", "",
            "the namespace whose fork Deployments the route server reads, or * for all; empty: the namespace of the"
                    + " kubeconfig's current context (or of the pod it runs in)");

    /** Every setting of the route server. */
    public static final List<Setting<?>> ALL = List.of(NAMESPACE);

    private KubernetesRoutesSettings() {
    }
}
