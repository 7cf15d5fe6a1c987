package dev.sandboxtests.local;

import dev.sandboxtests.provider.SandboxConfigurationException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one logical service is started: its baseline and its fork variants, and how readiness is
 * checked. A sandbox picks a variant by the image of its fork ({@code @Fork(image = "variant")} or
 * {@code customizations.images[0].image}); a service with a single variant needs no image.
 */
public final class ServiceDeclaration {

    private final String name;
    private ServiceLauncher baseline;
    private final Map<String, ServiceLauncher> forks = new LinkedHashMap<>();
    private Readiness readiness = Readiness.tcp();

    ServiceDeclaration(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /** How the shared baseline is started. */
    public ServiceDeclaration baseline(ServiceLauncher launcher) {
        this.baseline = Objects.requireNonNull(launcher, "launcher");
        return this;
    }

    /** A fork variant, chosen by a sandbox whose fork of this service names {@code variant} as image. */
    public ServiceDeclaration fork(String variant, ServiceLauncher launcher) {
        forks.put(Objects.requireNonNull(variant, "variant"), Objects.requireNonNull(launcher, "launcher"));
        return this;
    }

    /**
     * Ready when {@code GET path} answers with a status below 500 (default: ready when the port accepts
     * connections).
     */
    public ServiceDeclaration readinessPath(String path) {
        this.readiness = Readiness.http(path);
        return this;
    }

    /**
     * Ready as soon as its launcher returned, without any probe: for a service that serves no requests,
     * such as a consumer of a queue (see {@link RunningService#worker}).
     */
    public ServiceDeclaration readyWhenStarted() {
        this.readiness = Readiness.whenStarted();
        return this;
    }

    /** Checks readiness at most this often (default 50 ms). */
    public ServiceDeclaration readinessInterval(Duration interval) {
        this.readiness = readiness.every(interval);
        return this;
    }

    public String name() {
        return name;
    }

    ServiceLauncher baseline() {
        if (baseline == null) {
            throw new SandboxConfigurationException("Local service '" + name + "' declares no baseline: call"
                    + " services.service(\"" + name + "\").baseline(...) in your LocalEnvironment.");
        }
        return baseline;
    }

    Readiness readiness() {
        return readiness;
    }

    Map<String, ServiceLauncher> forks() {
        return Collections.unmodifiableMap(forks);
    }

    /** The variant for a fork that names {@code image}, or the only variant when it names none. */
    Map.Entry<String, ServiceLauncher> variant(Optional<String> image) {
        if (image.isPresent()) {
            ServiceLauncher launcher = forks.get(image.get());
            if (launcher == null) {
                throw new SandboxConfigurationException("Service '" + name + "' has no fork variant '" + image.get()
                        + "'. Declared variants: " + describeVariants() + ". Use one of them as the fork's image,"
                        + " or declare it with services.service(\"" + name + "\").fork(\"" + image.get() + "\", ...).");
            }
            return Map.entry(image.get(), launcher);
        }
        if (forks.size() == 1) {
            return forks.entrySet().iterator().next();
        }
        throw new SandboxConfigurationException("Service '" + name + "' has " + (forks.isEmpty() ? "no fork variants"
                : "several fork variants (" + describeVariants() + ")") + ", so the fork must name one as its image,"
                + " e.g. @Fork(value = \"" + name + "\", image = \"variant\")"
                + (forks.isEmpty() ? ", after declaring it with .fork(\"variant\", launcher)." : "."));
    }

    private String describeVariants() {
        return forks.isEmpty() ? "none" : String.join(", ", forks.keySet());
    }
}
