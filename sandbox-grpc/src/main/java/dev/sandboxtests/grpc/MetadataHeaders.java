package dev.sandboxtests.grpc;

import dev.sandboxtests.routing.HeaderLookup;
import dev.sandboxtests.routing.RoutingHeaders;
import io.grpc.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * gRPC {@link Metadata} seen as the HTTP/2 headers it travels in. Only ASCII entries can carry a
 * routing key; binary ({@code -bin}) entries read as absent.
 */
final class MetadataHeaders {

    private MetadataHeaders() {
    }

    /** The ASCII entries of {@code metadata}, by case-insensitive name. */
    static HeaderLookup lookup(Metadata metadata) {
        return name -> {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (!isAsciiName(lowerCase)) {
                return List.of();
            }
            Iterable<String> values = metadata.getAll(asciiKey(lowerCase));
            List<String> result = new ArrayList<>();
            if (values != null) {
                values.forEach(result::add);
            }
            return result;
        };
    }

    /** Replaces every value of each named entry with the one given, so that each entry has one value. */
    static void replace(Metadata metadata, Map<String, String> values) {
        values.forEach((name, value) -> {
            Metadata.Key<String> key = asciiKey(name);
            metadata.removeAll(key);
            metadata.put(key, value);
        });
    }

    /**
     * Fails early, when an interceptor is created, for a header that gRPC metadata cannot carry,
     * rather than on the first call.
     *
     * @throws IllegalArgumentException naming the header and what gRPC allows
     */
    static RoutingHeaders requireAsciiNames(RoutingHeaders headers) {
        for (String name : headers.headerNames()) {
            if (!isAsciiName(name)) {
                throw new IllegalArgumentException("The routing header '" + name + "' cannot be sent in gRPC metadata:"
                        + " a metadata key holds only a-z, 0-9, '-', '_' and '.', and keys ending in '"
                        + Metadata.BINARY_HEADER_SUFFIX + "' are binary. Choose a header name such as 'x-routing-key'.");
            }
        }
        return headers;
    }

    private static boolean isAsciiName(String name) {
        if (name.isEmpty() || name.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
            return false;
        }
        return name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
    }

    private static Metadata.Key<String> asciiKey(String name) {
        return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    }
}
