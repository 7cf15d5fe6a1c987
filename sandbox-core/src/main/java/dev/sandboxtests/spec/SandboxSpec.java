package dev.sandboxtests.spec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sandbox forks and for how long: a subset of Signadot's sandbox spec that every provider
 * understands.
 *
 * <pre>{@code
 * SandboxSpec spec = SandboxSpec.builder("pricing-discount")
 *         .fork(ForkSpec.of("pricing"))
 *         .ttl(Duration.ofHours(1))
 *         .label("team", "checkout")
 *         .build();
 * SandboxSpec fromFile = SandboxSpecReader.read(Path.of("sandboxes/pricing.yaml"));
 * }</pre>
 *
 * @param name   the sandbox's name (an RFC 1123 label)
 * @param forks  the forked services, at least one, each service once
 * @param ttl    how long the sandbox may live if nobody deletes it; reapers delete it after that
 * @param labels labels put on everything the sandbox creates
 */
public record SandboxSpec(String name, List<ForkSpec> forks, Optional<Duration> ttl, Map<String, String> labels,
                          List<ResourceSpec> resources) {

    public SandboxSpec {
        SpecValidation.requireName("name", name);
        forks = List.copyOf(forks == null ? List.of() : forks);
        // A sandbox of resources alone is one: its key sends baseline services' data work to its own database.
        if (forks.isEmpty() && (resources == null || resources.isEmpty())) {
            throw new IllegalArgumentException("a sandbox must fork at least one service or have a resource"
                    + " (spec.forks and spec.resources are empty)");
        }
        List<String> seen = new ArrayList<>();
        for (ForkSpec fork : forks) {
            if (seen.contains(fork.service())) {
                throw new IllegalArgumentException("service '" + fork.service()
                        + "' is forked twice; fork each service once");
            }
            seen.add(fork.service());
        }
        ttl = ttl == null ? Optional.empty() : ttl;
        ttl.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("ttl must be positive, but was " + d);
            }
        });
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels == null ? Map.of() : labels));
        resources = List.copyOf(resources == null ? List.of() : resources);
        List<String> names = new ArrayList<>();
        for (ResourceSpec resource : resources) {
            if (names.contains(resource.name())) {
                throw new IllegalArgumentException("resource '" + resource.name() + "' is declared twice; give each a name of its own");
            }
            names.add(resource.name());
        }
    }

    /** A spec without resources. */
    public SandboxSpec(String name, List<ForkSpec> forks, Optional<Duration> ttl, Map<String, String> labels) {
        this(name, forks, ttl, labels, List.of());
    }

    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /** A builder that starts from this spec, for overriding parts of it. */
    public Builder toBuilder() {
        Builder builder = new Builder().name(name);
        forks.forEach(builder::fork);
        ttl.ifPresent(builder::ttl);
        labels.forEach(builder::label);
        resources.forEach(builder::resource);
        return builder;
    }

    /** The fork of {@code service}, if this sandbox forks it. */
    public Optional<ForkSpec> forkOf(String service) {
        return forks.stream().filter(f -> f.service().equals(service)).findFirst();
    }

    /** Builds specs; a fork of a service already present replaces it. */
    public static final class Builder {
        private String name;
        private final Map<String, ForkSpec> forks = new LinkedHashMap<>();
        private Duration ttl;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, ResourceSpec> resources = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder fork(ForkSpec fork) {
            forks.put(fork.service(), fork);
            return this;
        }

        public Builder ttl(Duration ttl) {
            this.ttl = ttl;
            return this;
        }

        /** Adds a resource, created before the forks start; one of the same name is replaced. */
        public Builder resource(ResourceSpec resource) {
            resources.put(resource.name(), resource);
            return this;
        }

        public Builder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        /**
         * @throws IllegalArgumentException if the spec is invalid, saying which field and why
         */
        public SandboxSpec build() {
            return new SandboxSpec(name, new ArrayList<>(forks.values()), Optional.ofNullable(ttl), labels,
                    new ArrayList<>(resources.values()));
        }
    }
}
