package dev.sandboxtests.diff.alignment;

import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares headers by (lower-cased) name, in baseline order followed by the names only the fork has.
 * A header's values are compared joined with ", ", which is how HTTP defines repeated headers.
 */
public final class HeaderComparison {

    /**
     * Headers that differ between any two responses, or describe the transport rather than the
     * behaviour: dates and caching validators, lengths and connection handling, the server banner,
     * timings, tracing and baggage propagation, per-request ids, and cookies (session ids change
     * every time). Only headers whose value is new on every request are here: a header that merely
     * may vary (a cache status, a rate-limit counter) is left to learned noise.
     */
    public static final Set<String> DEFAULT_IGNORED = Set.of(
            // dates, caching validators and cookies
            "date", "expires", "last-modified", "etag", "age", "set-cookie", "vary",
            // transport
            "content-length", "transfer-encoding", "connection", "keep-alive", "server",
            // timings measured per request
            "server-timing", "x-response-time", "x-runtime", "x-envoy-upstream-service-time",
            // trace context: W3C, B3, Jaeger, AWS X-Ray, Google Cloud, Datadog, Sentry, gRPC
            "traceparent", "tracestate", "baggage",
            "b3", "x-b3-traceid", "x-b3-spanid", "x-b3-parentspanid", "x-b3-sampled", "x-b3-flags",
            "uber-trace-id", "x-amzn-trace-id", "x-cloud-trace-context",
            "x-datadog-trace-id", "x-datadog-parent-id", "sentry-trace", "grpc-trace-bin",
            // request ids generated per request (by the service, a proxy or the platform)
            "x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "x-amz-request-id",
            "x-amz-id-2", "x-amz-cf-id", "x-ms-request-id", "x-vcap-request-id", "cf-ray");

    private static final String CONTENT_TYPE = "content-type";

    private final Set<String> ignored;

    /** @param ignored lower-cased names of the headers not to compare */
    public HeaderComparison(Set<String> ignored) {
        this.ignored = Set.copyOf(ignored);
    }

    /** @return the lower-cased names of the headers not compared */
    public Set<String> ignored() {
        return ignored;
    }

    /**
     * @param baseline the baseline's headers, lower-cased names to values
     * @param fork     the fork's headers
     * @return one difference per header added, missing or changed
     */
    public List<Difference> compare(Map<String, List<String>> baseline, Map<String, List<String>> fork) {
        Set<String> names = new LinkedHashSet<>(baseline.keySet());
        names.addAll(fork.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String name : names) {
            if (ignored.contains(name)) {
                continue;
            }
            String baselineValue = joined(baseline.get(name));
            String forkValue = joined(fork.get(name));
            boolean contentType = name.equals(CONTENT_TYPE);
            Relevance relevance = contentType ? Relevance.HIGH : Relevance.MEDIUM;
            String subject = contentType ? "content type" : "header";
            if (baselineValue == null) {
                differences.add(difference(name, Operation.ADDED, null, forkValue, relevance,
                        subject + " added in fork"));
            } else if (forkValue == null) {
                differences.add(difference(name, Operation.REMOVED, baselineValue, null, relevance,
                        subject + " missing in fork"));
            } else if (!sameValue(contentType, baselineValue, forkValue)) {
                differences.add(difference(name, Operation.CHANGED, baselineValue, forkValue, relevance,
                        contentType ? "content type changed" : "header value changed"));
            }
        }
        return differences;
    }

    /** Content types are equal when they parse to the same media type; spacing and case do not count. */
    private static boolean sameValue(boolean contentType, String baseline, String fork) {
        return contentType ? MediaType.parse(baseline).equals(MediaType.parse(fork)) : baseline.equals(fork);
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join(", ", values);
    }

    private static Difference difference(String name, Operation operation, String baseline, String fork,
                                         Relevance relevance, String reason) {
        return new Difference(Section.HEADER, name, operation,
                baseline == null ? MissingNode.getInstance() : TextNode.valueOf(baseline),
                fork == null ? MissingNode.getInstance() : TextNode.valueOf(fork),
                relevance, reason);
    }
}
