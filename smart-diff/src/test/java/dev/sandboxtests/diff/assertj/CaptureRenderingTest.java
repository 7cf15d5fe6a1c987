package dev.sandboxtests.diff.assertj;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.Capture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaptureRenderingTest {

    @Test
    void rendersStatusHeadersAndPrettyPrintedJson() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("X-Tags", List.of("a", "b"));
        Capture capture = Capture.of(201, headers, "{\"total\":1.50,\"items\":[1,2]}".getBytes(UTF_8));

        assertThat(CaptureRendering.render(capture)).isEqualTo("""
                status 201
                content-type: application/json
                x-tags: a, b

                {
                  "total" : 1.50,
                  "items" : [ 1, 2 ]
                }""");
    }

    @Test
    void rendersTextAsIsAndBinaryAsSizeAndHash() {
        Capture text = Capture.of(200, Map.of("content-type", List.of("text/plain")), "hello\nworld".getBytes(UTF_8));
        Capture binary = Capture.of(200, Map.of("content-type", List.of("image/png")), new byte[] {1, 2, 3});

        assertThat(CaptureRendering.render(text)).endsWith("\n\nhello\nworld");
        assertThat(CaptureRendering.render(binary))
                .containsPattern("\\(binary body: 3 bytes, sha-256 [0-9a-f]{16}…\\)");
    }

    @Test
    void rendersEmptyAndInvalidBodiesWithoutFailing() {
        assertThat(CaptureRendering.render(Capture.of(204, Map.of(), null))).isEqualTo("status 204\n\n(no body)");
        assertThat(CaptureRendering.render(Capture.json(200, "{broken"))).endsWith("\n\n{broken");
    }

    @Test
    void hugeBodiesAreCutAtTheLimit() {
        Capture huge = Capture.json(200, "[\"" + "x".repeat(3_000_000) + "\"]");

        String rendering = CaptureRendering.render(huge);

        assertThat(rendering).hasSizeLessThan(CaptureRendering.DEFAULT_LIMIT + 100)
                .endsWith("… (cut at " + CaptureRendering.DEFAULT_LIMIT + " characters)");
        assertThat(CaptureRendering.render(huge, 100)).hasSizeLessThan(200);
    }

    @Test
    void deepDocumentsRenderWithinTheLimit() {
        String nested = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

        String rendering = CaptureRendering.render(Capture.json(200, nested), 10_000);

        assertThat(rendering).startsWith("status 200").hasSizeLessThan(10_100).endsWith("(cut at 10000 characters)");
    }
}
