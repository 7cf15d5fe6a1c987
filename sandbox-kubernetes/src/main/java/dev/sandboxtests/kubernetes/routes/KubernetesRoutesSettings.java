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

    /** {@code sandbox.kubernetes.routes.port}: where the route server's {@code main} listens. */
    public static final Setting<Integer> PORT = Setting.of("sandbox.kubernetes.routes.port", 7778, "7778",
            text -> {
                int port = Integer.parseInt(text.trim());
                if (port < 0 || port > 65_535) {
                    throw new IllegalArgumentException("a port is 0 to 65535");
                }
                return port;
            },
            "the port the route server's main listens on, on every interface (7778, as Signadot's route server);"
                    + " 0: a free port");

    /** Every setting of the route server. */
    public static final List<Setting<?>> ALL = List.of(NAMESPACE, PORT);

    private KubernetesRoutesSettings() {
    }
}
