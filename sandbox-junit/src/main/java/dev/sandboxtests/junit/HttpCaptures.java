package dev.sandboxtests.junit;

import dev.sandboxtests.diff.Capture;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a RestAssured response into a smart-diff {@link Capture} (which lower-cases and merges header names). */
final class HttpCaptures {

    private HttpCaptures() {
    }

    static Capture of(Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders().asList()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return Capture.of(response.getStatusCode(), headers, response.asByteArray());
    }
}
