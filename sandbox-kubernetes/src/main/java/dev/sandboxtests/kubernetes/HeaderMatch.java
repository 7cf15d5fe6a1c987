package dev.sandboxtests.kubernetes;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.util.List;

/**
 * How a mesh recognises a request carrying a routing key, per header the setting {@code sandbox.routing.headers}
 * names: a regular expression on the {@code baggage} and {@code tracestate} lists (the member
 * {@code sd-routing-key=<key>} anywhere in the list, with optional spaces and baggage properties), an exact match on
 * any other header (its whole value is the key). The expressions are RE2, full-match, as Envoy evaluates them.
 *
 * <pre>{@code
 * HeaderMatch.forKey(RoutingHeaders.defaults(), key)
 * // [HeaderMatch[header=baggage, regex=true, value=^(.*,)?[ \t]*sd-routing-key[ \t]*=[ \t]*7r3x…[ \t]*([;,].*)?$]]
 * }</pre>
 *
 * @param header the lower-case header name
 * @param regex  whether {@code value} is a regular expression (else the exact value)
 * @param value  what the header's value must be, or match
 */
record HeaderMatch(String header, boolean regex, String value) {

    private static final List<String> LIST_HEADERS = List.of("baggage", "tracestate");

    /** One match per routing header; a request matching any of them carries the key. */
    static List<HeaderMatch> forKey(RoutingHeaders headers, RoutingKey key) {
        return headers.headerNames().stream().map(name -> LIST_HEADERS.contains(name)
                ? new HeaderMatch(name, true, "^(.*,)?[ \\t]*" + RoutingHeaders.KEY_NAME + "[ \\t]*=[ \\t]*" + key.value()
                        + "[ \\t]*([;,].*)?$")
                : new HeaderMatch(name, false, key.value())).toList();
    }
}
