package dev.sandboxtests.diff.report;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a report says about where a {@link dev.sandboxtests.diff.BehaviorDiff} came from: the test,
 * the service and sandbox, the routing key and the request. smart-diff knows nothing of sandboxes,
 * so the caller passes these in; every field is optional ({@code null} when unknown).
 *
 * <pre>{@code
 * ReportContext context = ReportContext.builder()
 *         .testName("VolumeDiscountTest.quotes")
 *         .service("orders")
 *         .sandbox("pr-42")
 *         .routingKey("k7x2p")
 *         .request("GET", "/orders/quote?qty=3")
 *         .attribute("commit", "3f2a9c1")
 *         .build();
 * }</pre>
 *
 * @param testName      the test that produced the diff, e.g. {@code VolumeDiscountTest.quotes}
 * @param service       the service the request was sent to
 * @param sandbox       the name of the sandbox whose fork answered
 * @param routingKey    the routing key the fork request carried
 * @param requestMethod the request method, e.g. {@code GET}
 * @param requestUri    the request URI or path
 * @param attributes    anything else worth showing, sorted by key so reports are deterministic
 */
public record ReportContext(String testName, String service, String sandbox, String routingKey,
                            String requestMethod, String requestUri, Map<String, String> attributes) {

    private static final ReportContext EMPTY = new ReportContext(null, null, null, null, null, null, Map.of());

    // Copies the attributes sorted by name, so reports list them the same way every time.
    public ReportContext {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
        attributes.forEach((key, value) -> Objects.requireNonNull(value, () -> "attribute '" + key + "' is null"));
    }

    /** @return a context that says nothing: reports then show only the diff */
    public static ReportContext empty() {
        return EMPTY;
    }

    /** @return a builder with every field unset */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether no field is set */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** @return the method and URI, e.g. {@code GET /orders}, whichever is known, or {@code null} */
    public String request() {
        if (requestMethod == null && requestUri == null) {
            return null;
        }
        return requestMethod == null ? requestUri : requestUri == null ? requestMethod : requestMethod + " " + requestUri;
    }

    /** Builds a {@link ReportContext}; unset fields stay {@code null}. */
    public static final class Builder {
        private String testName;
        private String service;
        private String sandbox;
        private String routingKey;
        private String requestMethod;
        private String requestUri;
        private final Map<String, String> attributes = new TreeMap<>();

        private Builder() {
        }

        /**
         * @param testName the test that produced the diff
         * @return this builder
         */
        public Builder testName(String testName) {
            this.testName = testName;
            return this;
        }

        /**
         * @param service the service the request was sent to
         * @return this builder
         */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /**
         * @param sandbox the sandbox whose fork answered
         * @return this builder
         */
        public Builder sandbox(String sandbox) {
            this.sandbox = sandbox;
            return this;
        }

        /**
         * @param routingKey the routing key of the fork request
         * @return this builder
         */
        public Builder routingKey(String routingKey) {
            this.routingKey = routingKey;
            return this;
        }

        /**
         * @param method the request method, e.g. {@code GET}
         * @param uri    the request URI or path
         * @return this builder
         */
        public Builder request(String method, String uri) {
            this.requestMethod = method;
            this.requestUri = uri;
            return this;
        }

        /**
         * @param key   a name, e.g. {@code commit}
         * @param value its value, not {@code null}
         * @return this builder
         */
        public Builder attribute(String key, String value) {
            attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @return the context */
        public ReportContext build() {
            return new ReportContext(testName, service, sandbox, routingKey, requestMethod, requestUri, attributes);
        }
    }
}
