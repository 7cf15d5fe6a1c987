package dev.sandboxtests.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the JSON comparison must get right at the edges: size, depth, encoding, numbers. */
class JsonEdgeCasesTest {

    private static final SmartDiff BY_VALUE = SmartDiff.builder().numbersByValue(true).build();

    private static List<Difference> diff(String baseline, String fork) {
        return diff(SmartDiff.defaults(), baseline, fork);
    }

    private static List<Difference> diff(SmartDiff engine, String baseline, String fork) {
        return engine.compare(Capture.json(200, baseline), Capture.json(200, fork)).differences();
    }

    @Test
    void emptyContainersAreEqualAndDifferFromEachOther() {
        assertThat(diff("{}", "{}")).isEmpty();
        assertThat(diff("[]", "[]")).isEmpty();
        assertThat(diff("{\"a\":[]}", "{\"a\":{}}")).extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/a", Operation.TYPE_CHANGED));
        assertThat(diff("[]", "[{}]")).extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/0", Operation.ADDED));
    }

    @Test
    void anEmptyBodyAgainstAJsonBodyIsTheWholeBodyAdded() {
        List<Difference> differences = SmartDiff.defaults().compare(
                Capture.of(200, Map.of("content-type", List.of("application/json")), new byte[0]),
                Capture.json(200, "{\"a\":1}")).differences();

        assertThat(differences).extracting(Difference::location, Difference::operation)
                .containsExactly(tuple("(body)", Operation.ADDED));
    }

    @Test
    void scalarBodiesAreCompared() {
        assertThat(diff("1", "1")).isEmpty();
        assertThat(diff("\"a\"", "\"b\"")).extracting(Difference::location).containsExactly("(body)");
    }

    @Test
    void escapedAndLiteralCharactersAreTheSameString() {
        assertThat(diff("{\"s\":\"\\u00e9\\n\\/\"}", "{\"s\":\"é\\u000a/\"}")).isEmpty();
        assertThat(diff("{\"s\":\"\\ud83d\\ude00\"}", "{\"s\":\"\uD83D\uDE00\"}")).isEmpty();
        assertThat(diff("{\"\\u0061\":1}", "{\"a\":1}")).isEmpty();
    }

    @Test
    void loneSurrogatesAreComparedExactly() {
        assertThat(diff("[\"\\ud800\"]", "[\"\\ud800\"]")).isEmpty();
        assertThat(diff("[\"\\ud800\"]", "[\"\\udc00\"]")).singleElement()
                .satisfies(d -> assertThat(d.fork().textValue()).isEqualTo("\udc00"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheDocument() {
        byte[] withMark = "\uFEFF{\"a\":1}".getBytes(UTF_8);
        Capture baseline = Capture.of(200, Map.of("content-type", List.of("application/json")), withMark);

        assertThat(SmartDiff.defaults().compare(baseline, Capture.json(200, "{\"a\":1}")).differences()).isEmpty();
    }

    @Test
    void hugeNumbersAreComparedExactly() {
        String huge = "9".repeat(500);
        assertThat(diff("[" + huge + "]", "[" + huge + "]")).isEmpty();
        assertThat(diff("[" + huge + "]", "[" + huge.substring(1) + "8]")).extracting(Difference::path)
                .containsExactly("/0");
        assertThat(diff("[1e400]", "[1E400]")).isEmpty();
        assertThat(diff("[1e400]", "[1e401]")).hasSize(1);
        assertThat(diff("[-0]", "[0]")).isEmpty();
    }

    @Test
    void decimalsKeepTheirScaleUnlessComparedByValue() {
        assertThat(diff("[1.5, 1e2, 0.0]", "[15e-1, 1E+2, -0.0]")).isEmpty();
        assertThat(diff("[100, 1.0, 0]", "[1e2, 1.00, 0.0]")).hasSize(3);
        assertThat(diff(BY_VALUE, "[100, 1.0, 0, 1e400]", "[1e2, 1.00, 0.0, 10e399]")).isEmpty();
        assertThat(diff(BY_VALUE, "{\"a\":[100]}", "{\"a\":[100.01]}")).extracting(Difference::path)
                .containsExactly("/a/0");
    }

    @Test
    void numbersByValueAlsoAppliesToHowArrayElementsAreMatched() {
        // 2 and 2.0 are the same element by value, so the inserted 1 is the only difference.
        assertThat(diff(BY_VALUE, "[2.0, 3]", "[1, 2, 3.00]")).extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/0", Operation.ADDED));
    }

    @Test
    void veryLongStringsAreComparedExactly() {
        String long20Mb = "x".repeat(20 * 1024 * 1024);
        String baseline = "{\"s\":\"" + long20Mb + "\"}";

        assertThat(diff(baseline, baseline)).isEmpty();
        assertThat(diff(baseline, "{\"s\":\"" + long20Mb + "é\"}")).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("/s");
            assertThat(d.fork().textValue()).hasSize(20 * 1024 * 1024 + 1).endsWith("xé");
        });
    }

    @Test
    void longStringsWithCharactersBeyondTheBasicPlaneAreComparedExactly() {
        // Long enough to be read in segments, which may split a surrogate pair.
        String emoji = "\uD83D\uDE00".repeat(100_000);

        assertThat(diff("[\"" + emoji + "\"]", "[\"" + emoji + "\"]")).isEmpty();
        assertThat(diff("[\"" + emoji + "\"]", "[\"" + emoji.replace("\uD83D\uDE00", "\\ud83d\\ude00") + "\"]"))
                .isEmpty();
        assertThat(diff("[\"" + emoji + "\"]", "[\"a" + emoji + "\"]")).singleElement()
                .satisfies(d -> assertThat(d.fork().textValue()).isEqualTo("a" + emoji));
    }

    @Test
    void valuesOfDifferencesAreTheSameJacksonNodesAsBefore() {
        Difference difference = diff("{\"a\":{\"n\":1.50,\"i\":7,\"l\":[true,null,\"s\"]}}", "{}").get(0);

        assertThat(difference.baseline().toString()).isEqualTo("{\"n\":1.50,\"i\":7,\"l\":[true,null,\"s\"]}");
        assertThat(difference.baseline().get("i").isBigInteger()).isTrue();
        assertThat(difference.baseline().get("n").isBigDecimal()).isTrue();
    }

    @Test
    void deeplyNestedUnorderedArraysAreComparedWithoutRecursion() {
        String deep = "[".repeat(100_000) + "1" + "]".repeat(100_000);
        SmartDiff unordered = SmartDiff.builder().rules(DiffRules.builder().unordered("/0/0/0").build()).build();

        assertThat(diff(unordered, deep, deep)).isEmpty();
        assertThat(diff(unordered, deep, deep.replace("1", "2"))).hasSize(1);
    }

    @Test
    void deepNestingWithAnOrderChangeAtTheBottomStaysLinear() {
        // Equal hashes down the whole chain, but the field order differs at the bottom: each level must
        // not compare the whole chain again, or this would take minutes.
        String baseline = "{\"a\":".repeat(100_000) + "{\"x\":1,\"y\":1.0}" + "}".repeat(100_000);
        String fork = "{\"a\":".repeat(100_000) + "{\"y\":1.0,\"x\":1}" + "}".repeat(100_000);

        assertThat(diff(baseline, fork)).isEmpty();
        assertThat(diff(baseline, fork.replace("1.0", "10e-1"))).isEmpty();
    }

    @Test
    void aForkThatDiffersInFewBytesIsStillComparedAndCheckedInFull() {
        // Mostly the same bytes: only the changed part of the fork is read, and these must still hold.
        assertThat(diff("[{\"a\":1}]", "[{\"a\":1},2]")).extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/1", Operation.ADDED));
        assertThat(diff("{\"x\":[1,2],\"y\":3}", "{\"x\":[1, 2 ],\"y\":3}")).isEmpty();
        assertThatThrownBy(() -> diff("{\"x\":{\"a\":1},\"y\":3}", "{\"x\":{\"a\":1,\"a\":2},\"y\":3}"))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: Duplicate field 'a'");
        assertThatThrownBy(() -> diff("{\"x\":{\"a\":1},\"y\":3}", "{\"x\":{\"a\":1}},\"y\":3}"))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON")
                .hasMessageContaining("character offset 13"); // counted in the whole body, not in a part
    }

    @Test
    void largeBodiesReadAtTheSameTimeStillReportTheBaselineErrorFirst() {
        String large = "[" + "\"0123456789\",".repeat(20_000) + "1]";
        String invalid = large.replace("1]", "1,]");
        String otherInvalid = large.replace("[\"0", "[\"1").replace("1]", "1,]");

        assertThatThrownBy(() -> diff(invalid, otherInvalid)).isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The baseline body is not valid JSON");
        assertThatThrownBy(() -> diff(large, otherInvalid)).isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON");
        assertThat(diff(large, large.replace("[\"0", "[\"1").replace("1]", "2]")))
                .extracting(Difference::path).containsExactly("/0", "/20000");
    }

    @Test
    void anInvalidForkOfADeepDocumentFailsFast() {
        String baseline = "[".repeat(100_000) + "1" + "]".repeat(100_000);
        String fork = "[".repeat(100_000) + "1" + "]".repeat(50_000) + "]" + "]".repeat(50_000);

        assertThatThrownBy(() -> diff(baseline, fork)).isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON");
    }

    @Test
    void duplicateKeysDeepInsideAreRejectedWithTheSide() {
        assertThatThrownBy(() -> diff("{\"a\":[{\"b\":1}]}", "{\"a\":[{\"b\":1,\"c\":2,\"b\":3}]}"))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: Duplicate field 'b'");
    }

    @Test
    void errorPositionsCountCharactersNotBytes() {
        // Jackson reports the end of the bad token "x": column 9 in characters (10 in bytes, as "ü" is two).
        assertThatThrownBy(() -> diff("{\"é\":1}", "{\"é\":1,\n \"ü\": x}"))
                .isInstanceOf(DiffException.class)
                .hasMessageContaining("line 2, column 9, character offset 16");
    }
}
