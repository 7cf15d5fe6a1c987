package dev.sandboxtests.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NonJsonBodyDiffTest {

    private static Capture body(String contentType, byte[] bytes) {
        return Capture.of(200, contentType == null ? Map.of() : Map.of("content-type", List.of(contentType)), bytes);
    }

    private static Capture body(String contentType, String text) {
        return body(contentType, text.getBytes(UTF_8));
    }

    private static List<Difference> bodyDiff(Capture baseline, Capture fork) {
        return SmartDiff.defaults().compare(baseline, fork).differences().stream()
                .filter(d -> d.section() == Section.BODY)
                .toList();
    }

    @Test
    void emptyOnBothSidesIsNoDifference() {
        assertThat(bodyDiff(body("application/json", ""), body("application/json", new byte[0]))).isEmpty();
        assertThat(bodyDiff(body(null, ""), body("text/plain", ""))).isEmpty();
    }

    @Test
    void blankJsonCountsAsEmpty() {
        assertThat(bodyDiff(body("application/json", "  \n"), body("application/json", ""))).isEmpty();
    }

    @Test
    void bodyMissingInForkIsOneRemovedHighAtTheWholeBody() {
        List<Difference> differences = bodyDiff(Capture.json(200, "{\"a\":1}"), body("application/json", ""));

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.path()).isEmpty();
            assertThat(d.operation()).isEqualTo(Operation.REMOVED);
            assertThat(d.relevance()).isEqualTo(Relevance.HIGH);
            assertThat(d.baseline().path("a").asInt()).isEqualTo(1);
            assertThat(d.fork()).isEqualTo(MissingNode.getInstance());
        });
    }

    @Test
    void bodyAddedInForkIsOneAddedHighAtTheWholeBody() {
        List<Difference> differences = bodyDiff(body("text/plain", ""), body("text/plain", "hello"));

        assertThat(differences).containsExactly(new Difference(Section.BODY, "", Operation.ADDED,
                MissingNode.getInstance(), TextNode.valueOf("hello"), Relevance.HIGH, "body added in fork"));
    }

    @Test
    void differentTextIsReportedLineByLineAtItsBaselineLines() {
        List<Difference> differences = bodyDiff(body("text/plain; charset=utf-8", "hello\nworld\nbye"),
                body("text/plain; charset=utf-8", "hello\nthere\nbye"));

        assertThat(differences).containsExactly(new Difference(Section.BODY, "#L2", Operation.CHANGED,
                TextNode.valueOf("world"), TextNode.valueOf("there"), Relevance.MEDIUM,
                "line changed (fork line 2)"));
        assertThat(differences.get(0).location()).isEqualTo("(body)#L2");
    }

    @Test
    void insertedAndDeletedLinesAreAddedAndRemovedNotACascade() {
        String page = String.join("\n", java.util.stream.IntStream.rangeClosed(1, 1000).mapToObj(i -> "line " + i).toList());
        String inserted = page.replace("line 500\n", "line 500\nnew line\nand another\n");
        String deleted = page.replace("line 10\n", "");

        assertThat(bodyDiff(body("text/plain", page), body("text/plain", inserted))).containsExactly(
                new Difference(Section.BODY, "#L501", Operation.ADDED, null, TextNode.valueOf("new line\nand another"),
                        Relevance.MEDIUM, "lines added in fork (fork lines 501-502)"));
        assertThat(bodyDiff(body("text/plain", page), body("text/plain", deleted))).containsExactly(
                new Difference(Section.BODY, "#L10", Operation.REMOVED, TextNode.valueOf("line 10"), null,
                        Relevance.MEDIUM, "line missing in fork"));
    }

    @Test
    void linesAppendedAtTheEndAreAtTheLineAfterTheLast() {
        assertThat(bodyDiff(body("text/plain", "a\nb\n"), body("text/plain", "a\nb\nc\n")))
                .extracting(Difference::location, Difference::operation, Difference::reason)
                .containsExactly(tuple("(body)#L3", Operation.ADDED, "line added in fork (fork line 3)"));
    }

    @Test
    void aChangedRunOfEqualLengthIsOneDifferencePerLineAndOneOfAnotherLengthIsOneOverItsLines() {
        assertThat(bodyDiff(body("text/plain", "a\nb\nc\nd"), body("text/plain", "a\nB\nC\nd")))
                .extracting(Difference::location, Difference::reason)
                .containsExactly(tuple("(body)#L2", "line changed (fork line 2)"),
                        tuple("(body)#L3", "line changed (fork line 3)"));
        assertThat(bodyDiff(body("text/plain", "a\nb\nc\nd"), body("text/plain", "x\na\nB\nC\nD\nd")))
                .extracting(Difference::location, Difference::operation, Difference::baseline, Difference::reason)
                .containsExactly(tuple("(body)#L1", Operation.ADDED, MissingNode.getInstance(),
                                "line added in fork (fork line 1)"),
                        tuple("(body)#L2-L3", Operation.CHANGED, TextNode.valueOf("b\nc"),
                                "lines changed (fork lines 3-5)"));
    }

    @Test
    void onlyLineEndingsDifferingIsStillAChangeOfTheWholeBody() {
        assertThat(bodyDiff(body("text/plain", "a\nb"), body("text/plain", "a\r\nb"))).singleElement()
                .satisfies(d -> {
                    assertThat(d.location()).isEqualTo("(body)");
                    assertThat(d.reason()).isEqualTo("line endings changed");
                });
    }

    @Test
    void sameTextIsNoDifference() {
        assertThat(bodyDiff(body("text/html", "<p>hi</p>"), body("text/html", "<p>hi</p>"))).isEmpty();
        assertThat(bodyDiff(body("application/xml", "<a/>"), body("application/xml", "<a/>"))).isEmpty();
    }

    @Test
    void xmlIsTextEvenWhenItStartsLikeJson() {
        assertThat(bodyDiff(body("application/xml", "[not json"), body("application/xml", "[other")))
                .singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("line changed (fork line 1)"));
    }

    @Test
    void textWithoutContentTypeIsComparedAsText() {
        assertThat(bodyDiff(body(null, "OK"), body(null, "FAIL"))).singleElement()
                .satisfies(d -> assertThat(d.fork()).isEqualTo(TextNode.valueOf("FAIL")));
    }

    @Test
    void declaredCharsetIsUsedToDecodeText() {
        Capture baseline = body("text/plain; charset=iso-8859-1", "café".getBytes(StandardCharsets.ISO_8859_1));
        Capture fork = body("text/plain; charset=iso-8859-1", "cafe".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(bodyDiff(baseline, fork)).singleElement()
                .satisfies(d -> assertThat(d.baseline()).isEqualTo(TextNode.valueOf("café")));
    }

    @Test
    void binaryBodiesAreComparedByBytesAndSummarised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        byte[] otherPng = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 3};

        assertThat(bodyDiff(body("image/png", png), body("image/png", png.clone()))).isEmpty();
        assertThat(bodyDiff(body("image/png", png), body("image/png", otherPng))).singleElement().satisfies(d -> {
            assertThat(d.path()).isEmpty();
            assertThat(d.operation()).isEqualTo(Operation.CHANGED);
            assertThat(d.relevance()).isEqualTo(Relevance.MEDIUM);
            assertThat(d.baseline().textValue()).matches("7 bytes, sha-256 [0-9a-f]{16}…");
            assertThat(d.fork().textValue()).startsWith("7 bytes, sha-256 ")
                    .isNotEqualTo(d.baseline().textValue());
        });
    }

    @Test
    void octetStreamIsBinaryEvenWhenItIsText() {
        assertThat(bodyDiff(body("application/octet-stream", "abc"), body("application/octet-stream", "abd")))
                .singleElement()
                .satisfies(d -> assertThat(d.baseline().textValue()).startsWith("3 bytes, sha-256 "));
    }

    @Test
    void invalidUtf8WithoutContentTypeIsBinary() {
        byte[] baseline = {'a', (byte) 0xC3, (byte) 0x28};
        byte[] fork = {'a', (byte) 0xC3, (byte) 0x29};

        assertThat(bodyDiff(body(null, baseline), body(null, fork))).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("bytes changed"));
    }

    @Test
    void textNotDecodableInItsCharsetIsBinary() {
        byte[] baseline = {'a', (byte) 0xFF};
        byte[] fork = {'a', (byte) 0xFE};

        assertThat(bodyDiff(body("text/plain", baseline), body("text/plain", fork))).singleElement()
                .satisfies(d -> assertThat(d.baseline().textValue()).startsWith("2 bytes, sha-256 "));
    }

    @Test
    void jsonOnOneSideOnlyIsATypeChangeAlongsideTheContentTypeChange() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, "{\"a\":1}"),
                body("text/plain", "Internal error"));

        assertThat(diff.differences()).extracting(Difference::location, Difference::operation, Difference::relevance)
                .containsExactly(
                        tuple("header:content-type", Operation.CHANGED, Relevance.HIGH),
                        tuple("(body)", Operation.TYPE_CHANGED, Relevance.HIGH));
        assertThat(diff.differences().get(1).reason()).isEqualTo("body changed from JSON to text");
        assertThat(diff.differences().get(1).fork()).isEqualTo(TextNode.valueOf("Internal error"));
    }
}
