package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strings without escapes are compared and hashed by their bytes as they stand in the body, strings
 * with escapes by their decoded characters re-encoded: both must give the same bytes for the same
 * characters, in ordered arrays (compared by bytes) and unordered ones (matched by hash), and bad
 * strings must still be refused as before.
 */
class StringBytesTest {

    private static final SmartDiff UNORDERED = SmartDiff.builder()
            .rules(DiffRules.builder().unordered("/items").build()).build();

    private static List<Difference> diff(SmartDiff engine, String baseline, String fork) {
        return engine.compare(Capture.json(200, baseline), Capture.json(200, fork)).differences();
    }

    /** The same characters, written plainly on one side and with escapes on the other. */
    @ParameterizedTest
    @ValueSource(strings = {
        "plain ascii|plain \\u0061scii",
        "café|caf\\u00e9",
        "Größe 漢字|Gr\\u00f6\\u00dfe \\u6f22\\u5b57",
        "emoji 😀 pair|emoji \\ud83d\\ude00 pair",
        "quote \\\" inside|quote \\u0022 inside",
        "slash /|slash \\/",
        "𝄞 clef at the end 𝄞|\\ud834\\udd1e clef at the end \\uD834\\uDD1E"})
    void escapedAndPlainSpellingsOfTheSameCharactersAreEqual(String spellings) {
        String plain = spellings.substring(0, spellings.indexOf('|'));
        String escaped = spellings.substring(spellings.indexOf('|') + 1);

        assertThat(diff(SmartDiff.defaults(), "{\"s\":\"" + plain + "\"}", "{\"s\":\"" + escaped + "\"}")).isEmpty();
        assertThat(diff(SmartDiff.defaults(), "[\"" + escaped + "\",\"x\"]", "[\"" + plain + "\",\"x\"]")).isEmpty();
        // Unordered elements are matched by their hashes, so both spellings must hash alike too.
        assertThat(diff(UNORDERED, "{\"items\":[\"a\",\"" + plain + "\",{\"k\":\"" + escaped + "\"}]}",
                "{\"items\":[{\"k\":\"" + plain + "\"},\"" + escaped + "\",\"a\"]}")).isEmpty();
    }

    @Test
    void aChangedNonAsciiStringIsReportedWithItsCharacters() {
        List<Difference> differences = diff(SmartDiff.defaults(), "{\"s\":\"naïve 😀\"}", "{\"s\":\"na\\u00efve 😁\"}");

        assertThat(differences).extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/s", Operation.CHANGED));
        assertThat(differences.get(0).baseline().textValue()).isEqualTo("naïve 😀");
        assertThat(differences.get(0).fork().textValue()).isEqualTo("naïve 😁");
    }

    @Test
    void stringsThatDifferOnlyInAnEscapedCharacterDiffer() {
        assertThat(diff(SmartDiff.defaults(), "[\"a\\nb\"]", "[\"a\\tb\"]")).extracting(Difference::path)
                .containsExactly("/0");
        assertThat(diff(SmartDiff.defaults(), "[\"a\\\\b\"]", "[\"a/b\"]")).extracting(Difference::path)
                .containsExactly("/0");
    }

    @Test
    void loneSurrogatesStayDistinctFromEachOtherAndFromPairs() {
        assertThat(diff(SmartDiff.defaults(), "[\"x\\ud800\"]", "[\"x\\ud800\"]")).isEmpty();
        assertThat(diff(SmartDiff.defaults(), "[\"x\\ud800\"]", "[\"x\\udc00\"]")).hasSize(1);
        assertThat(diff(SmartDiff.defaults(), "[\"\\ud83d\"]", "[\"😀\"]")).hasSize(1);
    }

    @Test
    void invalidUtf8IsStillRefusedBeforeReading() {
        byte[] body = "{\"s\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
        body[7] = (byte) 0xC3; // a lead byte followed by 'b': malformed
        Capture invalid = Capture.of(200, Map.of("content-type", List.of("application/json")), body);

        assertThatThrownBy(() -> SmartDiff.defaults().compare(Capture.json(200, "{\"s\":\"ab\"}"), invalid))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: it is not valid UTF-8 (first bad byte at"
                        + " byte offset 7)");
    }

    @Test
    void anUnescapedControlCharacterInAStringIsStillRefusedWithItsPosition() {
        // The messages and positions are those the engine gave before strings were copied as bytes.
        assertThatThrownBy(() -> diff(SmartDiff.defaults(), "{\"s\":\"a\"}", "{\"s\":\"a\nb\"}"))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: Illegal unquoted character")
                .hasMessageContaining("(at line 1, column 8, character offset 7)");
    }

    @Test
    void anUnterminatedStringIsStillRefused() {
        assertThatThrownBy(() -> diff(SmartDiff.defaults(), "{\"s\":\"a\"}", "{\"s\":\"abc"))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: Unexpected end-of-input in VALUE_STRING"
                        + " (at line 1, column 10, character offset 9)");
    }

    @Test
    void stringsInABodyAfterAByteOrderMarkAreReadFromTheRightPlace() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = "{\"s\":\"café\",\"t\":[\"x\",\"y\"]}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(json, 0, withBom, bom.length, json.length);
        Map<String, List<String>> headers = Map.of("content-type", List.of("application/json"));

        assertThat(SmartDiff.defaults().compare(Capture.of(200, headers, withBom),
                Capture.json(200, "{\"s\":\"caf\\u00e9\",\"t\":[\"x\",\"y\"]}")).differences()).isEmpty();
        assertThat(SmartDiff.defaults().compare(Capture.of(200, headers, withBom),
                Capture.json(200, "{\"s\":\"cafe\",\"t\":[\"x\",\"y\"]}")).differences())
                .extracting(Difference::path).containsExactly("/s");
    }
}
