package dev.sandboxtests.signadot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The JSON that Signadot's API v2 sends and receives for sandboxes, as typed records (the shapes of
 * its {@code sandbox.Spec}, {@code sandbox.Fork}, {@code sandbox.Readiness} ... models). Only the fields
 * this provider writes or reads are here; others in an answer are ignored. Absent fields are left out
 * of requests rather than sent as {@code null}.
 */
final class WireFormat {

    private WireFormat() {
    }

    /** The body of {@code PUT /api/v2/orgs/{org}/sandboxes/{name}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SandboxRequest(String name, Spec spec) {
    }

    /** {@code sandbox.Spec}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Spec(String cluster, String description, Map<String, String> labels, Ttl ttl, List<Fork> forks,
                List<Resource> resources) {
    }

    /**
     * {@code sandbox.Resource}: made by a resource plugin installed in the cluster (Signadot runs it, not this
     * library); forks take its outputs with {@code customizations.env[].valueFrom.resource}.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resource(String name, String plugin, Map<String, String> params) {
    }

    /** {@code sandbox.TTL}: {@code duration} like {@code 90m}, {@code 2h}, {@code 1d}, {@code 1w}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ttl(String duration, String offsetFrom) {
    }

    /** {@code sandbox.Fork}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fork(ForkOf forkOf, Customizations customizations) {
    }

    /** {@code sandbox.ForkOf}: the baseline workload. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ForkOf(String kind, String namespace, String name) {
    }

    /** {@code sandbox.Customizations}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Customizations(List<Image> images, List<EnvVar> env) {
    }

    /** {@code sandbox.Image}; no container means the workload's only (or main) container. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Image(String image, String container) {
    }

    /** {@code sandbox.EnvVar}; no container means every container. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EnvVar(String name, String value, String container) {
    }

    /** {@code Sandbox}, as {@code GET} and {@code PUT} answer it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SandboxAnswer(String name, String routingKey, Readiness status, List<Endpoint> endpoints) {
        SandboxAnswer {
            endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        }
    }

    /** {@code sandbox.Readiness}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Readiness(boolean ready, String reason, String message, String scheduledDeleteTime) {
    }

    /** {@code sandbox.Endpoint}: a preview URL of the sandbox. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Endpoint(String name, String url, String target, String routeType) {
    }

    /** {@code ErrorResponse}: what Signadot answers with a 4xx or 5xx. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorAnswer(Integer code, String error, String requestId) {
    }
}
