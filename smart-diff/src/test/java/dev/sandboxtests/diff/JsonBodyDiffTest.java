package dev.sandboxtests.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class JsonBodyDiffTest {

    private static List<Difference> diff(String baseline, String fork) {
        return SmartDiff.defaults().compare(Capture.json(200, baseline), Capture.json(200, fork)).differences();
    }

    private static JsonNode number(long value) {
        return BigIntegerNode.valueOf(BigInteger.valueOf(value));
    }

    @Test
    void identicalDocumentsHaveNoDifferences() {
        String json = "{\"a\":1,\"b\":[true,null,\"x\",{\"c\":1.5}],\"d\":{}}";

        assertThat(diff(json, json)).isEmpty();
    }

    @Test
    void formattingAndFieldOrderDoNotMatter() {
        assertThat(diff("{\"a\":1,\"b\":2}", "{\n  \"b\" : 2,\n  \"a\" : 1\n}")).isEmpty();
    }

    @Test
    void valueChangeIsMediumAtTheExactPointer() {
        List<Difference> differences = diff("{\"order\":{\"total\":100,\"currency\":\"EUR\"}}",
                "{\"order\":{\"total\":90,\"currency\":\"EUR\"}}");

        assertThat(differences).containsExactly(new Difference(Section.BODY, "/order/total", Operation.CHANGED,
                number(100), number(90), Relevance.MEDIUM, "value changed"));
    }

    @Test
    void missingFieldIsRemovedHigh() {
        assertThat(diff("{\"a\":1,\"b\":2}", "{\"a\":1}")).containsExactly(new Difference(Section.BODY, "/b",
                Operation.REMOVED, number(2), MissingNode.getInstance(), Relevance.HIGH, "field missing in fork"));
    }

    @Test
    void extraFieldIsAddedHigh() {
        assertThat(diff("{\"a\":1}", "{\"a\":1,\"b\":\"new\"}")).containsExactly(new Difference(Section.BODY, "/b",
                Operation.ADDED, MissingNode.getInstance(), TextNode.valueOf("new"), Relevance.HIGH,
                "field added in fork"));
    }

    @Test
    void typeChangeIsHighAndNamesBothTypes() {
        assertThat(diff("{\"id\":42}", "{\"id\":\"42\"}")).containsExactly(new Difference(Section.BODY, "/id",
                Operation.TYPE_CHANGED, number(42), TextNode.valueOf("42"), Relevance.HIGH,
                "type changed from number to string"));
    }

    @Test
    void objectBecomingArrayIsATypeChangeWithoutDescending() {
        List<Difference> differences = diff("{\"x\":{\"a\":1}}", "{\"x\":[1]}");

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("/x");
            assertThat(d.operation()).isEqualTo(Operation.TYPE_CHANGED);
            assertThat(d.reason()).isEqualTo("type changed from object to array");
        });
    }

    @Test
    void rootTypeChangeIsReportedAtTheWholeBody() {
        assertThat(diff("{}", "[]")).singleElement().satisfies(d -> {
            assertThat(d.path()).isEmpty();
            assertThat(d.location()).isEqualTo("(body)");
            assertThat(d.operation()).isEqualTo(Operation.TYPE_CHANGED);
        });
    }

    @Test
    void nullVersusValueIsATypeChange() {
        assertThat(diff("{\"a\":null}", "{\"a\":true}")).containsExactly(new Difference(Section.BODY, "/a",
                Operation.TYPE_CHANGED, NullNode.getInstance(), BooleanNode.TRUE, Relevance.HIGH,
                "type changed from null to boolean"));
    }

    @Test
    void nullVersusMissingIsRemovedOrAdded() {
        assertThat(diff("{\"a\":null}", "{}")).singleElement().satisfies(d -> {
            assertThat(d.operation()).isEqualTo(Operation.REMOVED);
            assertThat(d.baseline()).isEqualTo(NullNode.getInstance());
            assertThat(d.fork().isMissingNode()).isTrue();
        });
        assertThat(diff("{}", "{\"a\":null}")).singleElement().satisfies(d -> {
            assertThat(d.operation()).isEqualTo(Operation.ADDED);
            assertThat(d.fork()).isEqualTo(NullNode.getInstance());
        });
    }

    @Test
    void arrayGrownHasAddedElementsHigh() {
        assertThat(diff("[1,2]", "[1,2,3,4]")).containsExactly(
                new Difference(Section.BODY, "/2", Operation.ADDED, MissingNode.getInstance(), number(3),
                        Relevance.HIGH, "element added in fork"),
                new Difference(Section.BODY, "/3", Operation.ADDED, MissingNode.getInstance(), number(4),
                        Relevance.HIGH, "element added in fork"));
    }

    @Test
    void arrayShrunkHasRemovedElementsHigh() {
        assertThat(diff("{\"items\":[\"a\",\"b\",\"c\"]}", "{\"items\":[\"a\"]}"))
                .extracting(Difference::path, Difference::operation, Difference::relevance)
                .containsExactly(
                        tuple("/items/1", Operation.REMOVED, Relevance.HIGH),
                        tuple("/items/2", Operation.REMOVED, Relevance.HIGH));
    }

    @Test
    void arrayElementsAreComparedByIndex() {
        assertThat(diff("[{\"p\":1},{\"p\":2}]", "[{\"p\":1},{\"p\":3}]")).extracting(Difference::path)
                .containsExactly("/1/p");
    }

    @Test
    void mixedTypeArraysCompareEachElementByItsType() {
        List<Difference> differences = diff("[1,\"a\",null,true,{\"k\":1},[1]]", "[1,\"b\",0,true,{\"k\":1},{}]");

        assertThat(differences).extracting(Difference::path, Difference::operation).containsExactly(
                tuple("/1", Operation.CHANGED),
                tuple("/2", Operation.TYPE_CHANGED),
                tuple("/5", Operation.TYPE_CHANGED));
    }

    @Test
    void keysWithSlashAndTildeAreEscapedInThePointer() {
        List<Difference> differences = diff("{\"a/b\":{\"m~n\":1},\"~/\":1}", "{\"a/b\":{\"m~n\":2},\"~/\":2}");

        assertThat(differences).extracting(Difference::path).containsExactly("/a~1b/m~0n", "/~0~1");
    }

    @Test
    void emptyKeyIsAnEmptySegment() {
        assertThat(diff("{\"\":1}", "{\"\":2}")).extracting(Difference::path).containsExactly("/");
    }

    @Test
    void differencesComeInDocumentOrderWithForkOnlyFieldsAfterBaselineFields() {
        List<Difference> differences = diff(
                "{\"a\":1,\"nested\":{\"x\":1,\"y\":1},\"gone\":1,\"z\":1}",
                "{\"new\":1,\"z\":2,\"nested\":{\"y\":2,\"x\":2},\"a\":2}");

        assertThat(differences).extracting(Difference::path)
                .containsExactly("/a", "/nested/x", "/nested/y", "/gone", "/z", "/new");
    }

    @Test
    void longStringsAreComparedExactly() {
        String base = "x".repeat(200_000);
        List<Difference> differences = diff("{\"s\":\"" + base + "a\"}", "{\"s\":\"" + base + "b\"}");

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("/s");
            assertThat(d.baseline().textValue()).hasSize(200_001);
            assertThat(d.describe()).hasSizeLessThan(300);
        });
        assertThat(diff("{\"s\":\"" + base + "\"}", "{\"s\":\"" + base + "\"}")).isEmpty();
    }

    @Test
    void stringsAreNotUnicodeNormalised() {
        // "é" precomposed (U+00E9) versus "e" + combining acute accent (U+0065 U+0301)
        assertThat(diff("{\"s\":\"\u00e9\"}", "{\"s\":\"e\u0301\"}")).extracting(Difference::path)
                .containsExactly("/s");
    }

    @Test
    void bodyWithoutContentTypeIsReadAsJsonWhenItLooksLikeJson() {
        Capture baseline = Capture.of(200, Map.of(), "  \n{\"a\":1}".getBytes(UTF_8));
        Capture fork = Capture.of(200, Map.of(), "{\"a\":2}".getBytes(UTF_8));

        assertThat(SmartDiff.defaults().compare(baseline, fork).differences()).extracting(Difference::path)
                .containsExactly("/a");
    }

    @Test
    void plusJsonContentTypesAreJson() {
        Capture baseline = Capture.of(200, Map.of("content-type", List.of("application/problem+json")),
                "{\"title\":\"a\"}".getBytes(UTF_8));
        Capture fork = Capture.of(200, Map.of("content-type", List.of("application/problem+json")),
                "{\"title\":\"b\"}".getBytes(UTF_8));

        assertThat(SmartDiff.defaults().compare(baseline, fork).differences()).extracting(Difference::path)
                .containsExactly("/title");
    }

    @Test
    void engineIsSafeToShareBetweenThreads() throws Exception {
        SmartDiff shared = SmartDiff.defaults();
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < 8; t++) {
            int offset = t;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        List<Difference> differences = shared.compare(
                                Capture.json(200, "{\"n\":" + (i + offset) + ",\"k\":[1,2]}"),
                                Capture.json(200, "{\"n\":" + (i + offset + 1) + ",\"k\":[1,2]}")).differences();
                        assertThat(differences).extracting(Difference::path).containsExactly("/n");
                    }
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
