package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.settings.SandboxSettings;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place a {@link KubernetesClient} is made from settings: {@code sandbox.kubernetes.kubeconfig} and
 * {@code sandbox.kubernetes.context}, else fabric8's own autodetection ({@code KUBECONFIG}, {@code ~/.kube/config},
 * the service account of a pod). One client per configuration is shared by the sandboxes of a test run and closed
 * when the run ends.
 */
final class KubernetesClients {

    private KubernetesClients() {
    }

    /** The run's client for the settings of {@code context}. */
    static KubernetesClient shared(ProvisioningContext context) {
        SandboxSettings settings = context.settings();
        String kubeconfig = settings.get(KubernetesSettings.KUBECONFIG);
        String kubeContext = settings.get(KubernetesSettings.CONTEXT);
        return context.shared("kubernetes-client:" + kubeconfig + "#" + kubeContext, KubernetesClient.class,
                () -> new KubernetesClientBuilder().withConfig(config(kubeconfig, kubeContext)).build());
    }

    private static Config config(String kubeconfig, String kubeContext) {
        String contextOrNull = kubeContext.isEmpty() ? null : kubeContext;
        if (kubeconfig.isEmpty()) {
            return Config.autoConfigure(contextOrNull);
        }
        Path file = Path.of(kubeconfig).toAbsolutePath();
        try {
            return Config.fromKubeconfig(contextOrNull, Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new SandboxConfigurationException("Cannot read the kubeconfig " + file + " that setting "
                    + KubernetesSettings.KUBECONFIG.key() + " names: " + e + ". Point it at a readable kubeconfig file,"
                    + " or leave it empty for fabric8's autodetection.", e);
        }
    }
}
