package dev.sandboxtests.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaptureTest {

    @Test
    void headerNamesAreLowerCasedInInsertionOrderAndMergedAcrossCase() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Zeta", List.of("1"));
        headers.put("Content-Type", List.of("text/plain"));
        headers.put("x-zeta", List.of("2"));
        headers.put("X-Alpha", List.of("a"));

        Capture capture = Capture.of(200, headers, "hi".getBytes(UTF_8));

        assertThat(capture.headers()).containsExactly(
                Map.entry("x-zeta", List.of("1", "2")),
                Map.entry("content-type", List.of("text/plain")),
                Map.entry("x-alpha", List.of("a")));
    }

    @Test
    void headersAreImmutableAndDetachedFromTheCallersMap() {
        List<String> values = new ArrayList<>(List.of("1"));
        Map<String, List<String>> headers = new LinkedHashMap<>(Map.of("x-a", values));
        Capture capture = Capture.of(200, headers, null);

        values.add("2");
        headers.put("x-b", List.of("b"));

        assertThat(capture.headers()).containsExactly(Map.entry("x-a", List.of("1")));
        assertThatThrownBy(() -> capture.headers().put("x-c", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> capture.headers().get("x-a").add("3"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bodyIsCopiedOnTheWayInAndOut() {
        byte[] body = "abc".getBytes(UTF_8);
        Capture capture = Capture.of(200, Map.of(), body);

        body[0] = 'X';
        capture.body()[1] = 'Y';

        assertThat(capture.bodyText()).isEqualTo("abc");
    }

    @Test
    void nullBodyMeansNoBody() {
        assertThat(Capture.of(204, Map.of(), null).body()).isEmpty();
    }

    @Test
    void jsonFactorySetsContentTypeAndUtf8Body() {
        Capture capture = Capture.json(201, "{\"name\":\"Zoë\"}");

        assertThat(capture.status()).isEqualTo(201);
        assertThat(capture.contentType()).contains("application/json");
        assertThat(capture.body()).isEqualTo("{\"name\":\"Zoë\"}".getBytes(UTF_8));
        assertThat(capture.bodyText()).isEqualTo("{\"name\":\"Zoë\"}");
    }

    @Test
    void contentTypeComesFromTheHeaderWhateverItsCase() {
        Capture capture = Capture.of(200, Map.of("CONTENT-TYPE", List.of(" text/html ")), null);

        assertThat(capture.contentType()).contains("text/html");
        assertThat(Capture.of(200, Map.of(), null).contentType()).isEmpty();
    }

    @Test
    void equalsAndHashCodeCompareStatusHeadersAndBodyBytes() {
        Capture one = Capture.json(200, "{\"a\":1}");
        Capture same = Capture.of(200, Map.of("Content-Type", List.of("application/json")),
                "{\"a\":1}".getBytes(UTF_8));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(Capture.json(500, "{\"a\":1}"));
        assertThat(one).isNotEqualTo(Capture.json(200, "{\"a\":2}"));
        assertThat(one).isNotEqualTo(Capture.of(200, Map.of(), "{\"a\":1}".getBytes(UTF_8)));
    }

    @Test
    void toStringShowsStatusHeadersAndTruncatedBody() {
        Capture small = Capture.json(200, "{\"a\":1}");
        Capture large = Capture.json(200, "\"" + "x".repeat(5_000) + "\"");

        assertThat(small.toString()).contains("status=200", "content-type=[application/json]", "{\"a\":1}");
        assertThat(large.toString()).hasSizeLessThan(500).contains("5002 bytes");
    }

    @Test
    void nullHeaderMapIsRejectedWithAHint() {
        assertThatThrownBy(() -> Capture.of(200, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Map.of()");
    }

    @Test
    void aStatusNameIsGivenOnACopyAndShownNextToTheNumber() {
        Capture unnamed = Capture.json(5, "{}");

        Capture named = unnamed.withStatusName("NOT_FOUND");

        assertThat(named.statusName()).contains("NOT_FOUND");
        assertThat(named.status()).isEqualTo(5);
        assertThat(unnamed.statusName()).isEmpty();
        assertThat(named).isNotEqualTo(unnamed).isEqualTo(Capture.json(5, "{}").withStatusName("NOT_FOUND"))
                .hasSameHashCodeAs(Capture.json(5, "{}").withStatusName("NOT_FOUND"));
        assertThat(named.toString()).startsWith("Capture[status=NOT_FOUND (5), ");
        assertThatThrownBy(() -> unnamed.withStatusName(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> unnamed.withStatusName(null)).isInstanceOf(NullPointerException.class);
    }
}
