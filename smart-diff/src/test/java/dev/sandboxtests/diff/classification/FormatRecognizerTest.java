package dev.sandboxtests.diff.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.Section;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which values count as generated ids, tokens and timestamps, and which only look a bit like them. */
class FormatRecognizerTest {

    private static Optional<String> shared(String field, JsonNode baseline, JsonNode fork) {
        return FormatRecognizer.sharedFormat(new Difference(Section.BODY, "/" + field, Operation.CHANGED, baseline, fork,
                Relevance.MEDIUM, "value changed"));
    }

    private static Optional<String> shared(String baseline, String fork) {
        return shared("value", TextNode.valueOf(baseline), TextNode.valueOf(fork));
    }

    private static Optional<FormatRecognizer.Format> recognise(String text) {
        return FormatRecognizer.recognise(TextNode.valueOf(text), "value");
    }

    private static String jwt(String header, String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJlX2J5dGVz";
    }

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b | a81bc81b-dead-4e5d-abff-90865d1e13b1 | UUIDs
            3F2B8C1E-9D4A-1F6B-8E2A-1C5D7E9F0A3B | 01890a5d-ac96-774b-bcce-b302099a8057 | UUIDs
            2026-11-22T10:00:01Z                 | 2026-11-22T10:00:02.123456+01:00     | ISO-8601 date-times
            2026-11-22T10:00:01                  | 2026-11-23 08:30:00.5                | ISO-8601 date-times without an offset
            2026-11-22                           | 2027-02-28                           | ISO-8601 dates
            Tue, 3 Jun 2008 11:05:30 GMT         | Wed, 4 Jun 2008 11:05:30 GMT         | HTTP dates
            4bf92f3577b34da6a3ce929d0e0e4736     | 0af7651916cd43dd8448eb211c80319c     | W3C trace ids (32 hex digits)
            00f067aa0ba902b7                     | b7ad6b7169203331                     | W3C span ids (16 hex digits)
            da39a3ee5e6b4b0d3255bfef95601890afd80709 | 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 | hex tokens of 40 digits
            9F86D081884C7D659A2FEAA0C55AD015     | 5E884898DA28047151D0E56F8DC62927     | hex tokens of 32 digits
            req_3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b | req_a81bc81b-dead-4e5d-abff-90865d1e13b1 | ids of the form "req_…"
            req-9f8e7d6c5b4a                     | req-1a2b3c4d5e6f                     | ids of the form "req-…"
            cus_NffrFeUfNV2Hib                   | cus_Q8z3LmK1pX7wRt                   | ids of the form "cus_…"
            01ARZ3NDEKTSV4RRFFQ69G5FAV           | 01HF8ZQ2X7K9M3N4P5R6S7T8V9           | ULIDs
            dGVzdDEyMzQ1Njc4OTA=                 | Q2x9bW5vUHFyc3R1dnd4eQ==             | base64 tokens
            kT7_xQ2-mZ9pLw4Rv8Nc                 | Hs3-Yd6uJ1_aPq0WfE5b                 | base64 tokens
            00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 | 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01 | W3C traceparent values
            """)
    void recognisesAValueOnlyChangeWithinOneFormat(String baseline, String fork, String format) {
        assertThat(shared(baseline, fork)).contains(format);
    }

    @Test
    void recognisesJwtsOfTheSameAlgorithm() {
        String first = jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"1\",\"iat\":1700000000}");
        String second = jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"1\",\"iat\":1700000099}");
        String otherAlgorithm = jwt("{\"alg\":\"RS256\"}", "{\"sub\":\"1\"}");

        assertThat(shared(first, second)).contains("JWTs (alg HS256)");
        assertThat(shared(first, otherAlgorithm)).isEmpty();
    }

    @Test
    void aJwtHeaderMustBeJsonWithAnAlgorithm() {
        assertThat(recognise(jwt("{\"typ\":\"JWT\"}", "{}"))).isEmpty();
        assertThat(recognise(jwt("not json at all", "{}"))).isEmpty();
        assertThat(recognise("www.example.com")).isEmpty();
        assertThat(recognise("version.1.2")).isEmpty();
    }

    @Test
    void recognisesEpochTimestampsInTimeFieldsAsNumbersOrDigitStrings() {
        JsonNode seconds = BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_600L));
        JsonNode laterSeconds = BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_601L));
        JsonNode millis = BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_600_123L));
        JsonNode laterMillis = BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_600_456L));
        JsonNode fractional = DecimalNode.valueOf(new BigDecimal("1763805600.25"));

        assertThat(shared("createdAt", seconds, laterSeconds)).contains("epoch timestamps in seconds");
        assertThat(shared("updated_at", millis, laterMillis)).contains("epoch timestamps in milliseconds");
        assertThat(shared("iat", seconds, fractional)).contains("epoch timestamps in seconds");
        assertThat(shared("timestamp", TextNode.valueOf("1763805600"), TextNode.valueOf("1763805700")))
                .contains("epoch timestamps in seconds");
        assertThat(shared("events/0/ts", millis, laterMillis)).contains("epoch timestamps in milliseconds");
    }

    @Test
    void aNumberInTheEpochRangeIsNotATimestampOutsideATimeField() {
        JsonNode seconds = BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_600L));
        JsonNode laterSeconds = BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_601L));

        assertThat(shared("balanceInCents", seconds, laterSeconds)).isEmpty();
        assertThat(shared("format", seconds, laterSeconds)).isEmpty();
        assertThat(shared("orderNumber", TextNode.valueOf("1763805600"), TextNode.valueOf("1763805700"))).isEmpty();
    }

    @Test
    void numbersOutsideTheYears2000To2100AreNotTimestamps() {
        assertThat(shared("createdAt", BigIntegerNode.valueOf(BigInteger.valueOf(1234)),
                BigIntegerNode.valueOf(BigInteger.valueOf(1235)))).isEmpty();
        assertThat(shared("createdAt", BigIntegerNode.valueOf(BigInteger.valueOf(946_684_799L)),
                BigIntegerNode.valueOf(BigInteger.valueOf(946_684_798L)))).isEmpty();
        assertThat(shared("createdAt", BigIntegerNode.valueOf(BigInteger.valueOf(4_102_444_800_000L)),
                BigIntegerNode.valueOf(BigInteger.valueOf(4_102_444_800_001L)))).isEmpty();
        assertThat(shared("createdAt", TextNode.valueOf("1234"), TextNode.valueOf("1235"))).isEmpty();
    }

    @Test
    void secondsBecomingMillisecondsIsAFormatChange() {
        assertThat(shared("createdAt", BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_600L)),
                BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_600_000L)))).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b | pending
            2026-11-22T10:00:01Z                 | 2026-11-22T10:00:01
            2026-11-22                           | 2026-11-22T10:00:01Z
            da39a3ee5e6b4b0d3255bfef95601890afd80709 | 9f86d081884c7d659a2feaa0c55ad015b3bf4f1b4b0b822cd15d6c15b0f00a08
            req_3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b | ord_a81bc81b-dead-4e5d-abff-90865d1e13b1
            req_3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b | req_9f8e7d6c5b4a
            4bf92f3577b34da6a3ce929d0e0e4736     | 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b
            """)
    void aChangeOfFormatIsNotAValueOnlyChange(String baseline, String fork) {
        assertThat(shared(baseline, fork)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Extraordinarily",          // 15 letters: too short for a token anyway
        "Incomprehensibilities",    // a long word: no digits, no mixed case
        "OrderShippedEventV1",      // camel case with a digit: words, not random
        "PaymentAuthorizedV2",
        "deadbeefcafebabe-not-hex",
        "1234567890123456",         // digits only: a number, not hex
        "2026-13-01",               // no 13th month
        "2026-02-30T10:00:00Z",     // no 30th of February
        "2026-11-22T25:00:00Z",     // no 25th hour
        "Mon, 31 Feb 2026 10:00:00 GMT",
        "3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3",   // one digit short of a UUID
        "user-profile-image",
        "order_created_v2",
        "hello world and more words",
        "01234567890123456789012345",            // the length of a ULID, but only digits: a number
    })
    void nearMissesAreNotRecognised(String text) {
        assertThat(recognise(text)).isEmpty();
    }

    @Test
    void randomFormatsRequireTwoIndependentlyGeneratedValues() {
        // One character apart: a counter or a version, not a new token.
        assertThat(shared("da39a3ee5e6b4b0d3255bfef95601890afd80709", "da39a3ee5e6b4b0d3255bfef95601890afd80708")).isEmpty();
        assertThat(shared("dGVzdDEyMzQ1Njc4OTA=", "dGVzdDEyMzQ1Njc4OTE=")).isEmpty();
        // UUIDs and timestamps are structured: values close to each other are still of the format.
        assertThat(shared("01890a5d-ac96-774b-bcce-b302099a8057", "01890a5d-ac96-774b-bcce-b302099a8058")).contains("UUIDs");
    }

    @Test
    void onlyValueChangesOfStringsAndNumbersAreRecognised() {
        Difference added = new Difference(Section.BODY, "/id", Operation.ADDED, null,
                TextNode.valueOf("3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b"), Relevance.HIGH, "field added in fork");
        Difference status = new Difference(Section.STATUS, "", Operation.CHANGED,
                BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_600L)),
                BigIntegerNode.valueOf(BigInteger.valueOf(1_763_805_601L)), Relevance.HIGH, "status code changed");

        assertThat(FormatRecognizer.sharedFormat(added)).isEmpty();
        assertThat(FormatRecognizer.sharedFormat(status)).isEmpty();
    }

    @Test
    void headerValuesAreRecognisedAndTheHeaderNameCountsAsTheFieldName() {
        Difference traceId = new Difference(Section.HEADER, "x-trace-id", Operation.CHANGED,
                TextNode.valueOf("4bf92f3577b34da6a3ce929d0e0e4736"), TextNode.valueOf("0af7651916cd43dd8448eb211c80319c"),
                Relevance.MEDIUM, "header value changed");
        Difference expires = new Difference(Section.HEADER, "x-expires-at", Operation.CHANGED,
                TextNode.valueOf("1763805600"), TextNode.valueOf("1763805700"), Relevance.MEDIUM, "header value changed");

        assertThat(FormatRecognizer.sharedFormat(traceId)).contains("W3C trace ids (32 hex digits)");
        assertThat(FormatRecognizer.sharedFormat(expires)).contains("epoch timestamps in seconds");
    }

    @ParameterizedTest
    @CsvSource({"createdAt, true", "created_at, true", "expires-at, true", "lastModified, true", "iat, true",
        "timestampMillis, true", "ts, true", "total, false", "format, false", "flat, false", "amount, false",
        "category, false"})
    void timeFieldsAreRecognisedByTheirWords(String name, boolean time) {
        assertThat(TimestampFormats.isTimeName(name)).isEqualTo(time);
    }
}
