package dev.sandboxtests.signadot;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.settings.Setting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the provider needs besides the spec, from {@link SignadotSandbox @SignadotSandbox} and the
 * settings (which win): the cluster, the default namespace, extra labels and the description.
 *
 * @param cluster     the Signadot cluster, never empty
 * @param namespace   the namespace of baselines whose fork does not name one; empty if none is configured
 * @param labels      labels of the annotation
 * @param description the sandbox's description in Signadot
 */
record SandboxOptions(String cluster, String namespace, Map<String, String> labels, String description) {

    /**
     * @throws SandboxConfigurationException if no cluster is configured, or a label is not {@code key=value}
     */
    static SandboxOptions resolve(ProvisioningContext context) {
        Optional<SignadotSandbox> annotation = context.annotation(SignadotSandbox.class);
        SandboxSettings settings = context.settings();
        String cluster = settingOrAnnotation(settings, SignadotSettings.CLUSTER, annotation, SignadotSandbox::cluster);
        if (cluster.isEmpty()) {
            throw new SandboxConfigurationException("The Signadot provider needs the cluster the forks of "
                    + context.requester() + " run in: set " + SignadotSettings.CLUSTER.environmentVariable()
                    + " (or the JUnit configuration parameter / system property " + SignadotSettings.CLUSTER.key()
                    + "), or annotate the class with @SignadotSandbox(cluster = \"...\").");
        }
        String namespace = settingOrAnnotation(settings, SignadotSettings.NAMESPACE, annotation, SignadotSandbox::namespace);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String label : annotation.map(SignadotSandbox::labels).orElse(new String[0])) {
            int equals = label.indexOf('=');
            if (equals <= 0) {
                throw new SandboxConfigurationException("@SignadotSandbox(labels) on " + context.requester() + ": '"
                        + label + "' is not key=value; write e.g. labels = {\"team=checkout\"}.");
            }
            labels.put(label.substring(0, equals).trim(), label.substring(equals + 1).trim());
        }
        String description = annotation.map(SignadotSandbox::description).filter(text -> !text.isBlank())
                .orElse("Sandbox Tests: " + context.requester());
        return new SandboxOptions(cluster, namespace, Map.copyOf(labels), description);
    }

    private static String settingOrAnnotation(SandboxSettings settings, Setting<String> setting,
            Optional<SignadotSandbox> annotation, Function<SignadotSandbox, String> attribute) {
        String value = settings.get(setting);
        return value.isEmpty() ? annotation.map(attribute).map(String::trim).orElse("") : value;
    }
}
