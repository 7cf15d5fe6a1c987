package dev.sandboxtests.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML shape of a Signadot sandbox spec, as far as we read it. Fields Signadot has and we do
 * not use are accepted and ignored, so one file serves both; any other field is an error.
 */
@JsonIgnoreProperties(value = {"cluster", "description", "endpoints", "defaultRouteGroup", "routing",
        "virtual", "local", "tests"})
record SpecDocument(String name, Body spec) {

    @JsonIgnoreProperties(value = {"cluster", "description", "endpoints", "defaultRouteGroup", "routing",
            "virtual", "local", "tests"})
    record Body(List<ForkDocument> forks, Ttl ttl, Map<String, String> labels, List<ResourceDocument> resources) {
    }

    /** Signadot's {@code resources[]: {name, plugin, params}}; params are text (numbers and booleans as written). */
    record ResourceDocument(String name, String plugin, Map<String, String> params) {
    }

    @JsonIgnoreProperties(value = {"offsetFrom"})
    record Ttl(String duration) {
        Ttl {
            if (duration == null) {
                throw new IllegalArgumentException("ttl needs a duration, e.g. 'duration: 2h'");
            }
            SpecDurations.parse(duration);
        }
    }

    @JsonIgnoreProperties(value = {"patch", "name"})
    record ForkDocument(ForkOf forkOf, CustomizationsDocument customizations) {
    }

    @JsonIgnoreProperties(value = {"patch"})
    record CustomizationsDocument(List<Customizations.Image> images, List<Customizations.EnvVar> env) {
    }

    SandboxSpec toSpec() {
        if (spec == null) {
            throw new IllegalArgumentException("the spec has no 'spec:' section with forks");
        }
        List<ForkSpec> forks = spec.forks() == null ? List.of() : spec.forks().stream()
                .map(f -> new ForkSpec(f.forkOf(), f.customizations() == null ? null
                        : new Customizations(f.customizations().images(), f.customizations().env())))
                .toList();
        List<ResourceSpec> resources = spec.resources() == null ? List.of() : spec.resources().stream()
                .map(r -> new ResourceSpec(r.name(), r.plugin(), r.params())).toList();
        return new SandboxSpec(name, forks,
                Optional.ofNullable(spec.ttl()).map(t -> SpecDurations.parse(t.duration())), spec.labels(), resources);
    }
}
