package dev.sandboxtests.junit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.Capture;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A RestAssured response becomes a capture: status, headers by lower-cased name, exact body bytes. */
class HttpCapturesTest {

    @Test
    void capturesStatusHeadersAndTheExactBodyBytes() throws Exception {
        try (HeaderEchoServer server = new HeaderEchoServer()) {
            Response response = given().baseUri(server.uri().toString()).get("/binary");

            Capture capture = HttpCaptures.of(response);

            assertThat(capture.status()).isEqualTo(201);
            assertThat(capture.headers()).containsEntry("x-sandbox-note", List.of("first", "second"))
                    .containsEntry("content-type", List.of("application/octet-stream"));
            assertThat(capture.headers().keySet()).allSatisfy(name -> assertThat(name).isLowerCase());
            assertThat(capture.body()).isEqualTo(HeaderEchoServer.BINARY_BODY);
        }
    }
}
