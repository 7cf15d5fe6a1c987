package dev.sandboxtests.diff.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.SmartDiff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Diffs the report tests share. */
final class Fixtures {

    static final String HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";

    static final ReportContext CONTEXT = ReportContext.builder()
            .testName("VolumeDiscountTest.quotes")
            .service("orders")
            .sandbox("pr-42")
            .routingKey("k7x2p")
            .request("GET", "/orders/quote?sku=A1&qty=3")
            .attribute("commit", "3f2a9c1")
            .build();

    private Fixtures() {
    }

    static BehaviorDiff diff(Capture baseline, Capture fork) {
        return SmartDiff.defaults().compare(baseline, fork);
    }

    static BehaviorDiff json(String baseline, String fork) {
        return diff(Capture.json(200, baseline), Capture.json(200, fork));
    }

    /** A quote whose discount and total change, a field is added and a tag removed, and the status changes. */
    static BehaviorDiff quote() {
        return diff(capture(200, "application/json", """
                        {"sku": "A1", "price": {"unit": 1000, "discount": 0, "total": 3000}, "tags": ["new", "sale"]}"""),
                capture(201, "application/json", """
                        {"sku": "A1", "price": {"unit": 1000, "discount": 300, "total": 2700}, "tags": ["new"],
                         "grandTotal": 2700}"""));
    }

    static Capture capture(int status, String contentType, String body) {
        return capture(status, contentType, body.getBytes(UTF_8));
    }

    static Capture capture(int status, String contentType, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        return Capture.of(status, headers, body);
    }

    /** {"a":{"a":...{"a":leaf}...}}, {@code depth} objects deep. */
    static String nestedObjects(int depth, String leaf) {
        return "{\"a\":".repeat(depth) + leaf + "}".repeat(depth);
    }

    /** [[...[leaf]...]], {@code depth} arrays deep. */
    static String nestedArrays(int depth, String leaf) {
        return "[".repeat(depth) + leaf + "]".repeat(depth);
    }

    /** About 100 bytes per item; {@code changedEvery}-th item has a different price in the fork. */
    static String items(int count, boolean fork, int changedEvery) {
        StringBuilder json = new StringBuilder(count * 110).append("{\"items\":[");
        for (int i = 0; i < count; i++) {
            int price = fork && i % changedEvery == changedEvery - 1 ? i + 1 : i;
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i)
                    .append(",\"name\":\"item number ").append(i).append(" with a longer description\",\"price\":")
                    .append(price).append(",\"tags\":[\"a\",\"b\"]}");
        }
        return json.append("]}").toString();
    }
}
