package dev.sandboxtests.signadot;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns our {@link SandboxSpec} into the body of Signadot's {@code PUT}: {@code spec.cluster},
 * {@code spec.forks[].forkOf} and {@code customizations.images/env}, {@code spec.ttl}, {@code labels}
 * and {@code description}.
 *
 * <p>A fork's namespace is its own {@code forkOf.namespace}, else the configured default (Signadot needs
 * one). The TTL is written in Signadot's units ({@code m}, {@code h}, {@code d}, {@code w}), rounded up
 * to whole minutes and counted from the sandbox's creation, so that Signadot deletes a sandbox that a
 * killed test run could not.
 */
final class SpecMapping {

    /** Counted from when the sandbox was created; a test run does not update its sandbox. */
    static final String TTL_OFFSET_FROM = "createdAt";

    private SpecMapping() {
    }

    static WireFormat.SandboxRequest toRequest(String signadotName, SandboxSpec spec, SandboxOptions options, String requester) {
        Map<String, String> labels = new LinkedHashMap<>(options.labels());
        labels.putAll(spec.labels());
        List<WireFormat.Fork> forks = spec.forks().stream().map(fork -> fork(fork, options, requester)).toList();
        WireFormat.Ttl ttl = spec.ttl().map(d -> new WireFormat.Ttl(ttlDuration(d), TTL_OFFSET_FROM)).orElse(null);
        // Resources are Signadot's: its operator runs the named plugin in the cluster.
        List<WireFormat.Resource> resources = spec.resources().stream()
                .map(resource -> new WireFormat.Resource(resource.name(), resource.plugin(), resource.params())).toList();
        return new WireFormat.SandboxRequest(signadotName,
                new WireFormat.Spec(options.cluster(), options.description(), labels, ttl, forks, resources));
    }

    /** The TTL in Signadot's notation: the largest unit that divides it, else whole minutes rounded up. */
    static String ttlDuration(Duration ttl) {
        long seconds = ttl.getSeconds() + (ttl.getNano() > 0 ? 1 : 0);
        long minutes = Math.max(1, (seconds + 59) / 60);
        if (minutes % (7 * 24 * 60) == 0) {
            return minutes / (7 * 24 * 60) + "w";
        }
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }

    private static WireFormat.Fork fork(ForkSpec fork, SandboxOptions options, String requester) {
        String namespace = fork.forkOf().namespace() != null ? fork.forkOf().namespace() : options.namespace();
        if (namespace.isEmpty()) {
            throw new SandboxConfigurationException("The fork of '" + fork.service() + "' in the sandbox of " + requester
                    + " names no namespace, and Signadot needs the baseline's: write forkOf.namespace in the spec, set "
                    + SignadotSettings.NAMESPACE.environmentVariable() + " (" + SignadotSettings.NAMESPACE.key()
                    + "), or annotate the class with @SignadotSandbox(namespace = \"...\").");
        }
        Customizations customizations = fork.customizations();
        List<WireFormat.Image> images = customizations.images().stream()
                .map(image -> new WireFormat.Image(image.image(), image.container())).toList();
        List<WireFormat.EnvVar> env = customizations.env().stream()
                .map(variable -> new WireFormat.EnvVar(variable.name(), variable.value(), variable.container())).toList();
        return new WireFormat.Fork(new WireFormat.ForkOf(fork.forkOf().kind(), namespace, fork.forkOf().name()),
                images.isEmpty() && env.isEmpty() ? null : new WireFormat.Customizations(images, env));
    }
}
