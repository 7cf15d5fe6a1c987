package dev.sandboxtests.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Noise in the status and headers, learned or known in advance. */
class StatusAndHeaderNoiseTest {

    private static final SmartDiff ENGINE = SmartDiff.builder().recognizeFormats(false).build();

    private static Capture response(int status, String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return Capture.of(status, headers, "{}".getBytes(UTF_8));
    }

    @Test
    void aHeaderValueThatVariesBetweenSamplesIsLowWithTheEvidence() {
        BehaviorDiff diff = ENGINE.compare(
                List.of(response(200, "x-served-by", "node-1", "x-api-version", "1"),
                        response(200, "x-served-by", "node-2", "x-api-version", "1")),
                response(200, "x-served-by", "node-3", "x-api-version", "2"));

        Difference servedBy = diff.at("header:x-served-by").orElseThrow();
        assertThat(servedBy.relevance()).isEqualTo(Relevance.LOW);
        assertThat(servedBy.reason()).isEqualTo("noise: differs between baseline samples too (\"node-1\" vs \"node-2\")");
        assertThat(diff.at("header:x-api-version").orElseThrow().relevance()).isEqualTo(Relevance.MEDIUM);
    }

    @Test
    void aHeaderPresentInSomeSamplesOnlyMayBeMissingInTheFork() {
        BehaviorDiff diff = ENGINE.compare(
                List.of(response(200, "x-cache", "HIT", "x-api-version", "1"), response(200, "x-api-version", "1")),
                response(200));

        assertThat(diff.at("header:x-cache").orElseThrow().relevance()).isEqualTo(Relevance.LOW);
        assertThat(diff.at("header:x-cache").orElseThrow().reason())
                .isEqualTo("noise: present in some baseline samples only (\"HIT\" vs (absent))");
        assertThat(diff.at("header:x-api-version").orElseThrow().relevance()).isEqualTo(Relevance.MEDIUM);
    }

    @Test
    void aStatusThatVariesBetweenSamplesIsLow() {
        BehaviorDiff flaky = ENGINE.compare(List.of(response(200), response(503)), response(502));
        BehaviorDiff stable = ENGINE.compare(List.of(response(200), response(200)), response(502));

        assertThat(flaky.at("status").orElseThrow().relevance()).isEqualTo(Relevance.LOW);
        assertThat(flaky.at("status").orElseThrow().reason())
                .isEqualTo("noise: differs between baseline samples too (200 vs 503)");
        assertThat(stable.at("status").orElseThrow().relevance()).isEqualTo(Relevance.HIGH);
    }

    @Test
    void perRequestIdsTimingsAndTraceHeadersAreIgnoredByDefault() {
        String[] names = {"x-amzn-trace-id", "x-amzn-requestid", "x-amz-request-id", "x-amz-id-2", "x-amz-cf-id",
            "x-correlation-id", "request-id", "x-ms-request-id", "x-vcap-request-id", "cf-ray", "b3", "x-b3-flags",
            "x-cloud-trace-context", "x-datadog-trace-id", "x-datadog-parent-id", "sentry-trace", "grpc-trace-bin",
            "server-timing", "x-response-time", "x-runtime", "x-envoy-upstream-service-time", "age"};
        String[] baseline = new String[names.length * 2];
        String[] fork = new String[names.length * 2];
        for (int i = 0; i < names.length; i++) {
            baseline[2 * i] = names[i];
            baseline[2 * i + 1] = "a" + i;
            fork[2 * i] = names[i];
            fork[2 * i + 1] = "b" + i;
        }

        assertThat(SmartDiff.defaults().compare(response(200, baseline), response(200, fork)).differences()).isEmpty();
    }

    @Test
    void headersThatMerelyMayVaryAreStillCompared() {
        BehaviorDiff diff = SmartDiff.defaults().compare(response(200, "x-cache", "HIT", "x-ratelimit-remaining", "9"),
                response(200, "x-cache", "MISS", "x-ratelimit-remaining", "8"));

        assertThat(diff.differences()).extracting(Difference::location)
                .containsExactly("header:x-cache", "header:x-ratelimit-remaining");
    }
}
