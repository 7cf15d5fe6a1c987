package dev.sandboxtests.junit;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Relevance;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The one-line verdict of a SmartTest that goes into its {@code sandbox.diff.summary} report entry
 * ({@link dev.sandboxtests.junit.report.ReportEntries#SUMMARY}), for a reader who scans a list of tests:
 *
 * <pre>
 * pricing GET /quote?sku=A: 1 HIGH, 0 MEDIUM, 2 LOW; relevant: yes
 * reviews GET /reviews/7: 0 HIGH, 0 MEDIUM, 0 LOW; relevant: no; caveats: the fork of 'reviews' received none …
 * </pre>
 *
 * <p>An absolute target shows only its path and query (the service is named already, and the port of a
 * local sandbox changes from run to run). A call that names no request (a custom {@link SmartCall}
 * without one) shows the service alone.
 * Line breaks inside a caveat become spaces, so the entry stays one line.
 */
final class DiffSummaryLine {

    private DiffSummaryLine() {
    }

    static String of(String service, Optional<SmartCall.Request> request, BehaviorDiff diff) {
        StringBuilder line = new StringBuilder(service);
        request.ifPresent(sent -> line.append(' ').append(sent.method()).append(' ').append(pathOf(sent.target())));
        line.append(": ").append(count(diff, Relevance.HIGH))
                .append(", ").append(count(diff, Relevance.MEDIUM))
                .append(", ").append(count(diff, Relevance.LOW))
                .append("; relevant: ").append(diff.hasRelevantChanges() ? "yes" : "no");
        if (!diff.caveats().isEmpty()) {
            line.append("; caveats: ").append(String.join(" | ", diff.caveats()));
        }
        return line.toString().replaceAll("\\R", " ");
    }

    private static String pathOf(String target) {
        try {
            URI uri = new URI(target);
            if (!uri.isAbsolute() || uri.getRawPath() == null) {
                return target;
            }
            String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException notAUri) {
            return target; // a gRPC method or a topic, say: shown as the call named it
        }
    }

    private static String count(BehaviorDiff diff, Relevance relevance) {
        return diff.at(relevance).size() + " " + relevance;
    }
}
