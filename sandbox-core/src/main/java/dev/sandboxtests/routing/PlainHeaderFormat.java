package dev.sandboxtests.routing;

import java.util.List;
import java.util.Locale;

/**
 * A header whose whole value is the key: {@code ot-baggage-sd-routing-key} (OpenTracing),
 * {@code uberctx-sd-routing-key} (Jaeger) or a header name of the user's choice.
 */
final class PlainHeaderFormat implements HeaderFormat {

    private final String headerName;

    PlainHeaderFormat(String headerName) {
        this.headerName = validName(headerName);
    }

    @Override
    public String headerName() {
        return headerName;
    }

    @Override
    public String write(RoutingKey key, List<String> existing) {
        return key.value();
    }

    /** Every line of the header, trimmed: a blank one is an empty key, not an absent one. */
    @Override
    public List<String> read(List<String> values) {
        return values.stream().map(String::trim).toList();
    }

    /** RFC 9110 token characters only, so a misconfigured name fails here and not deep in a client. */
    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A routing header name must not be empty.");
        }
        for (char c : name.toCharArray()) {
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!token) {
                throw new IllegalArgumentException("Invalid routing header name '" + name
                        + "': only letters, digits and !#$%&'*+-.^_`|~ are allowed in an HTTP header name.");
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
