package dev.sandboxtests.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read access to the headers of a request, whatever library holds them (a {@code Map}, an HTTP
 * server's request, gRPC metadata, Kafka record headers).
 *
 * <p>Names are compared case-insensitively by the implementations this class creates; adapters for
 * other carriers must do the same.
 */
@FunctionalInterface
public interface HeaderLookup {

    /** All values of the header {@code name}, in order; empty if absent. Never null. */
    List<String> values(String name);

    /** No headers at all. */
    static HeaderLookup none() {
        return name -> List.of();
    }

    /** A case-insensitive view of a header map such as {@code HttpHeaders.map()} or {@code Headers}. */
    static HeaderLookup of(Map<String, List<String>> headers) {
        Map<String, List<String>> byLowerCaseName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                byLowerCaseName.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            }
        });
        return name -> byLowerCaseName.getOrDefault(name, List.of());
    }
}
