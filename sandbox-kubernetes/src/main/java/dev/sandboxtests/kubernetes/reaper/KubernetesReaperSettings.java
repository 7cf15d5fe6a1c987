package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.settings.Setting;
import java.util.List;

/**
 * The settings of {@link KubernetesReaperCommand}, read like every setting (JUnit configuration parameter, system
 * property, environment variable; see {@link dev.sandboxtests.settings.SandboxSettings}); its command-line arguments
 * override them.
 *
 * <pre>{@code
 * SANDBOX_KUBERNETES_REAPER_NAMESPACES=shop,payments SANDBOX_KUBERNETES_REAPER_DRY_RUN=true \
 *   java -cp ... dev.sandboxtests.kubernetes.reaper.KubernetesReaperCommand
 * }</pre>
 */
public final class KubernetesReaperSettings {

    /** The value of {@link #NAMESPACES} that means every namespace: {@value}. */
    public static final String ALL_NAMESPACES = "*";

    /** {@code sandbox.kubernetes.reaper.namespaces}: where the scheduled reaper sweeps. */
    public static final Setting<String> NAMESPACES = Setting.text("sandbox.kubernetes.reaper.namespaces", "",
            "the namespaces the scheduled reaper sweeps, separated by commas, or * for all; empty: the namespace of"
                    + " the kubeconfig's current context (or of the pod it runs in)");

    /** {@code sandbox.kubernetes.reaper.dry-run}: list what would be removed, remove nothing. */
    public static final Setting<Boolean> DRY_RUN = Setting.flag("sandbox.kubernetes.reaper.dry-run", false,
            "whether the scheduled reaper only lists what it would remove");

    /** Every setting of the scheduled reaper. */
    public static final List<Setting<?>> ALL = List.of(NAMESPACES, DRY_RUN);

    private KubernetesReaperSettings() {
    }
}
