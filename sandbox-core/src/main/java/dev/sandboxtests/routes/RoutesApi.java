package dev.sandboxtests.routes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingKey;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format of Signadot's routes API over HTTP, which our route servers answer and our clients
 * read, so that a consumer written against Signadot's route server works against ours and ours
 * against theirs.
 *
 * <pre>
 * GET /api/v1/workloads/routing-rules?baselineKind=Deployment&amp;baselineNamespace=shop&amp;baselineName=shipping
 * 200 {"routingRules": [{"routingKey": "k3v9x0q2m8a7c1zt",
 *                        "baseline": {"kind": "Deployment", "namespace": "shop", "name": "shipping"},
 *                        "destinationSandbox": {"name": "shipping-v2"}}]}
 * </pre>
 *
 * <p>Two extensions that Signadot's server ignores let a client learn of a change at once and let a
 * provider know that its clients have seen a route: the query parameters {@value #WATCHER} (who
 * asks), {@value #KNOWN_VERSION} (the version the asker holds) and {@value #WAIT_SECONDS} (answer
 * once the version is newer than that, or after this many seconds), and the response header
 * {@value #VERSION_HEADER}.
 */
public final class RoutesApi {

    public static final String PATH = "/api/v1/workloads/routing-rules";
    public static final String WATCHER = "watcher";
    public static final String KNOWN_VERSION = "knownVersion";
    public static final String WAIT_SECONDS = "waitSeconds";
    public static final String VERSION_HEADER = "Sandbox-Routes-Version";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoutesApi() {
    }

    /** The query for the rules of {@code baseline} (every field it has), without the leading {@code ?}. */
    public static String query(Workload baseline) {
        StringBuilder query = new StringBuilder();
        append(query, "baselineKind", baseline.kind());
        append(query, "baselineNamespace", baseline.namespace());
        append(query, "baselineName", baseline.name());
        return query.toString();
    }

    /** A response body for {@code rules}. */
    public static byte[] write(List<RoutingRule> rules) {
        List<RuleDocument> documents = new ArrayList<>();
        for (RoutingRule rule : rules) {
            Workload baseline = rule.baseline();
            documents.add(new RuleDocument(rule.routingKey().value(),
                    new BaselineDocument(baseline.kind(), baseline.namespace(), baseline.name()),
                    new SandboxDocument(rule.destinationSandbox())));
        }
        try {
            return JSON.writeValueAsBytes(new ResponseDocument(documents));
        } catch (IOException e) {
            throw new IllegalStateException("Could not write routing rules as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The rules in a response body.
     *
     * @throws IOException when the body is not a routes API response, saying what is wrong
     */
    public static List<RoutingRule> read(byte[] body) throws IOException {
        ResponseDocument response = JSON.readValue(body, ResponseDocument.class);
        List<RoutingRule> rules = new ArrayList<>();
        for (RuleDocument rule : response.routingRules() == null ? List.<RuleDocument>of() : response.routingRules()) {
            if (rule.routingKey() == null || rule.baseline() == null || rule.baseline().name() == null
                    || rule.destinationSandbox() == null || rule.destinationSandbox().name() == null) {
                throw new IOException("a routing rule lacks routingKey, baseline.name or destinationSandbox.name: " + rule);
            }
            try {
                rules.add(new RoutingRule(RoutingKey.parse(rule.routingKey()), new Workload(rule.baseline().kind(),
                        rule.baseline().namespace(), rule.baseline().name()), rule.destinationSandbox().name()));
            } catch (InvalidRoutingKeyException e) {
                throw new IOException("a routing rule has an invalid routing key: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResponseDocument(List<RuleDocument> routingRules) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleDocument(String routingKey, BaselineDocument baseline, SandboxDocument destinationSandbox) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BaselineDocument(String kind, String namespace, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SandboxDocument(String name) {
    }
}
