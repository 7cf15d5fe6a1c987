package dev.sandboxtests.diff.summary;

import java.util.List;
import java.util.Objects;

/**
 * One SmartTest's behavioral diff in the run summary.
 *
 * @param testId        the runner's id of the test (JUnit's unique id), or {@code null} when unknown
 * @param testName      the test, e.g. {@code VolumeDiscountTest.quotes}, or {@code null}
 * @param service       the service the request went to, or {@code null}
 * @param method        the request's method, e.g. {@code GET}, or {@code null}
 * @param uri           the request's URI or path, or {@code null}
 * @param sandbox       the sandbox whose fork answered, or {@code null}
 * @param routingKey    the routing key the fork request carried, or {@code null}
 * @param counts        its differences by relevance
 * @param relevant      whether it has a HIGH or MEDIUM difference
 * @param failed        whether the test failed, or {@code null} when its outcome is unknown
 * @param caveats       why the diff may not show the fork's behaviour; empty when there is no such doubt
 * @param differences   its HIGH and MEDIUM differences, HIGH first, then in document order
 * @param reports       its report files, relative to the summary
 */
public record SmartTestSummary(String testId, String testName, String service, String method, String uri,
                               String sandbox, String routingKey, Counts counts, boolean relevant, Boolean failed,
                               List<String> caveats, List<NotableDifference> differences, ReportLinks reports) {

    public SmartTestSummary {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(reports, "reports");
        caveats = caveats == null ? List.of() : List.copyOf(caveats);
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /** @return {@code VolumeDiscountTest.quotes (orders GET /orders/quote)}, leaving out what is unknown */
    public String title() {
        String request = String.join(" ", java.util.stream.Stream.of(service, method, uri)
                .filter(Objects::nonNull).toList());
        String name = testName != null ? testName : testId != null ? testId : reports.json();
        return request.isEmpty() ? name : name + " (" + request + ")";
    }
}
