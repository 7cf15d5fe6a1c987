package dev.sandboxtests.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The requests every reader of routing keys must refuse instead of routing them to baseline, for the
 * tests of each reader (the rule itself, the service helpers, the local router over HTTP and gRPC), so
 * that they all check the same cases. The readers read {@link RoutingHeaders#signadot()}, so that two
 * headers can disagree. Shared with other modules through sandbox-core's test jar.
 */
public final class MalformedRoutingHeaders {

    /**
     * One case: a name for the test report, the header lines as sent ({@code name: value}, a repeated
     * name as a line of its own) and how the reason starts.
     */
    public record Case(String name, List<String> headerLines, String reason) {

        /** The header lines by name, each name's values in order. */
        public Map<String, List<String>> headers() {
            return byName(headerLines);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Case> CASES = List.of(
            new Case("a space", List.of("baggage: sd-routing-key=ab c"), "Header 'baggage': Invalid routing key 'ab c'"),
            // Header values are not UTF-8 on every path (the JDK's client sends '?'): only the start is sure.
            new Case("non-ASCII", List.of("baggage: sd-routing-key=abé"), "Header 'baggage': Invalid routing key 'ab"),
            new Case("empty", List.of("baggage: sd-routing-key="), "Header 'baggage': A routing key must not be empty."),
            new Case("two baggage headers", List.of("baggage: sd-routing-key=abc123", "baggage: sd-routing-key=def456"),
                    "Header 'baggage' carries two different routing keys, 'abc123' and 'def456'."),
            new Case("the member twice", List.of("baggage: sd-routing-key=def456,user=alice,sd-routing-key=abc123"),
                    "Header 'baggage' carries two different routing keys, 'def456' and 'abc123'."),
            new Case("two configured headers", List.of("baggage: sd-routing-key=abc123", "tracestate: sd-routing-key=def456"),
                    "Headers 'baggage' and 'tracestate' carry two different routing keys, 'abc123' and 'def456'."));

    private MalformedRoutingHeaders() {
    }

    /** Header lines ({@code name: value}) by name, each name's values in order. */
    public static Map<String, List<String>> byName(List<String> headerLines) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return headers;
    }

    /** The cases as arguments of a {@code @ParameterizedTest}: {@code (Case)}. */
    public static Stream<Arguments> cases() {
        return CASES.stream().map(Arguments::of);
    }
}
