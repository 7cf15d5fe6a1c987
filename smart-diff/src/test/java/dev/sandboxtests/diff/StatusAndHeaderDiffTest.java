package dev.sandboxtests.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sandboxtests.diff.assertj.SmartDiffAssertions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class StatusAndHeaderDiffTest {

    private final SmartDiff smartDiff = SmartDiff.defaults();

    private static Capture withHeaders(int status, String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return Capture.of(status, headers, "{}".getBytes(UTF_8));
    }

    @Test
    void identicalCapturesHaveNoDifferences() {
        Capture capture = withHeaders(200, "content-type", "application/json", "x-version", "1");

        BehaviorDiff diff = smartDiff.compare(capture, withHeaders(200, "Content-Type", "application/json",
                "X-Version", "1"));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.hasRelevantChanges()).isFalse();
        assertThat(diff.differences()).isEmpty();
    }

    @Test
    void statusChangeIsOneHighDifference() {
        BehaviorDiff diff = smartDiff.compare(Capture.json(200, "{}"), Capture.json(500, "{}"));

        assertThat(diff.differences()).containsExactly(new Difference(Section.STATUS, "", Operation.CHANGED,
                IntNode.valueOf(200), IntNode.valueOf(500), Relevance.HIGH, "status code changed"));
        assertThat(diff.differences().get(0).location()).isEqualTo("status");
    }

    @Test
    void contentTypeChangeIsHigh() {
        BehaviorDiff diff = smartDiff.compare(withHeaders(200, "content-type", "application/json"),
                withHeaders(200, "content-type", "application/problem+json"));

        assertThat(diff.differences()).containsExactly(new Difference(Section.HEADER, "content-type",
                Operation.CHANGED, TextNode.valueOf("application/json"), TextNode.valueOf("application/problem+json"),
                Relevance.HIGH, "content type changed"));
    }

    @Test
    void contentTypeIsComparedAsMediaTypeIgnoringParameterSpacingAndCase() {
        BehaviorDiff diff = smartDiff.compare(withHeaders(200, "content-type", "application/json; charset=utf-8"),
                withHeaders(200, "content-type", "Application/JSON;charset=\"UTF-8\""));

        assertThat(diff.differences()).isEmpty();
    }

    @Test
    void differentCharsetIsAContentTypeChange() {
        BehaviorDiff diff = smartDiff.compare(withHeaders(200, "content-type", "text/plain; charset=utf-8"),
                withHeaders(200, "content-type", "text/plain; charset=iso-8859-1"));

        assertThat(diff.at("header:content-type")).hasValueSatisfying(d ->
                assertThat(d.relevance()).isEqualTo(Relevance.HIGH));
    }

    @Test
    void otherHeadersAddedRemovedOrChangedAreMediumInBaselineThenForkOrder() {
        BehaviorDiff diff = smartDiff.compare(
                withHeaders(200, "x-removed", "r", "x-changed", "1", "x-same", "s"),
                withHeaders(200, "x-same", "s", "X-Changed", "2", "x-added", "a"));

        assertThat(diff.differences()).containsExactly(
                new Difference(Section.HEADER, "x-removed", Operation.REMOVED, TextNode.valueOf("r"),
                        MissingNode.getInstance(), Relevance.MEDIUM, "header missing in fork"),
                new Difference(Section.HEADER, "x-changed", Operation.CHANGED, TextNode.valueOf("1"),
                        TextNode.valueOf("2"), Relevance.MEDIUM, "header value changed"),
                new Difference(Section.HEADER, "x-added", Operation.ADDED, MissingNode.getInstance(),
                        TextNode.valueOf("a"), Relevance.MEDIUM, "header added in fork"));
        assertThat(diff.differences()).extracting(Difference::location)
                .containsExactly("header:x-removed", "header:x-changed", "header:x-added");
    }

    @Test
    void multipleHeaderValuesAreJoinedWithComma() {
        Capture baseline = Capture.of(200, Map.of("x-tags", List.of("a", "b")), null);
        Capture fork = Capture.of(200, Map.of("x-tags", List.of("a", "c")), null);

        assertThat(smartDiff.compare(baseline, fork).differences())
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.baseline()).isEqualTo(TextNode.valueOf("a, b"));
                    assertThat(d.fork()).isEqualTo(TextNode.valueOf("a, c"));
                });
    }

    @Test
    void volatileHeadersAreIgnoredByDefault() {
        Capture baseline = withHeaders(200, "Date", "Mon, 01 Jan 2024 00:00:00 GMT", "content-length", "2",
                "traceparent", "00-aaa-01", "baggage", "k=v", "x-request-id", "1", "etag", "\"a\"",
                "set-cookie", "s=1", "server", "a", "x-b3-traceid", "1", "uber-trace-id", "1", "vary", "accept",
                "expires", "0", "last-modified", "x", "tracestate", "a", "connection", "keep-alive",
                "keep-alive", "timeout=5", "transfer-encoding", "chunked", "x-b3-spanid", "1",
                "x-b3-parentspanid", "1", "x-b3-sampled", "1");
        Capture fork = withHeaders(200, "Date", "Tue, 02 Jan 2024 00:00:00 GMT", "content-length", "3",
                "traceparent", "00-bbb-01", "baggage", "k=w", "x-request-id", "2", "etag", "\"b\"",
                "set-cookie", "s=2", "server", "b", "x-b3-traceid", "2", "uber-trace-id", "2", "vary", "origin",
                "expires", "1", "last-modified", "y", "tracestate", "b", "connection", "close",
                "keep-alive", "timeout=6", "x-b3-spanid", "2", "x-b3-parentspanid", "2", "x-b3-sampled", "0");

        assertThat(smartDiff.compare(baseline, fork).differences()).isEmpty();
    }

    @Test
    void moreHeadersCanBeIgnoredInAnyCase() {
        SmartDiff ignoring = SmartDiff.builder().ignoreHeaders("X-Cache").build();
        Capture baseline = withHeaders(200, "x-cache", "HIT", "x-other", "1");
        Capture fork = withHeaders(200, "x-cache", "MISS", "x-other", "2");

        assertThat(ignoring.compare(baseline, fork).differences()).extracting(Difference::location)
                .containsExactly("header:x-other");
        assertThat(smartDiff.compare(baseline, fork).differences()).extracting(Difference::location)
                .containsExactly("header:x-cache", "header:x-other");
    }

    @Test
    void headerComparisonCanBeSwitchedOff() {
        SmartDiff bodyOnly = SmartDiff.builder().compareHeaders(false).build();

        BehaviorDiff diff = bodyOnly.compare(withHeaders(200, "x-a", "1", "content-type", "application/json"),
                withHeaders(200, "x-a", "2", "content-type", "application/vnd.api+json"));

        assertThat(diff.differences()).isEmpty();
    }

    @Test
    void builderChangesAfterBuildDoNotAffectTheEngine() {
        SmartDiff.Builder builder = SmartDiff.builder();
        SmartDiff engine = builder.build();
        builder.ignoreHeaders("x-a").compareHeaders(false);

        assertThat(engine.compare(withHeaders(200, "x-a", "1"), withHeaders(200, "x-a", "2")).differences())
                .hasSize(1);
    }

    @Test
    void differencesComeInDocumentOrderStatusHeadersBody() {
        BehaviorDiff diff = smartDiff.compare(
                Capture.of(200, Map.of("content-type", List.of("application/json"), "x-a", List.of("1")),
                        "{\"a\":1}".getBytes(UTF_8)),
                Capture.of(201, Map.of("content-type", List.of("application/json"), "x-a", List.of("2")),
                        "{\"a\":2}".getBytes(UTF_8)));

        assertThat(diff.differences()).extracting(Difference::section)
                .containsExactly(Section.STATUS, Section.HEADER, Section.BODY);
    }

    @Test
    void statusesAreComparedByNumberAndShownByNameAndNumber() {
        Capture ok = Capture.json(0, "{}").withStatusName("OK");
        Capture notFound = Capture.json(5, "{}").withStatusName("NOT_FOUND");

        BehaviorDiff changed = SmartDiff.defaults().compare(ok, notFound);
        BehaviorDiff renamedOnly = SmartDiff.defaults().compare(ok, Capture.json(0, "{}").withStatusName("SUCCESS"));

        assertThat(renamedOnly.isEmpty()).isTrue();
        Difference status = changed.at("status").orElseThrow();
        assertThat(status.baseline()).isEqualTo(IntNode.valueOf(0));
        assertThat(status.fork()).isEqualTo(IntNode.valueOf(5));
        assertThat(changed.toString()).containsPattern("HIGH +CHANGED +status +OK \\(0\\) → NOT_FOUND \\(5\\) +status code changed");
        assertThatThrownBy(() -> SmartDiffAssertions.assertThat(changed).hasNoRelevantChanges())
                .hasMessageContaining("CHANGED status: OK (0) → NOT_FOUND (5) [HIGH: status code changed]")
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    assertThat(failure.getExpected().getStringRepresentation()).startsWith("status OK (0)\n");
                    assertThat(failure.getActual().getStringRepresentation()).startsWith("status NOT_FOUND (5)\n");
                });
        assertThatThrownBy(() -> SmartDiffAssertions.assertThat(changed).hasChangeAt("status").to(4))
                .hasMessageContaining("The change: CHANGED status: OK (0) → NOT_FOUND (5)");
    }
}
