package dev.sandboxtests.routing;

import java.util.List;
import java.util.Optional;

/** One way a header carries the routing key. Implementations are stateless and thread-safe. */
interface HeaderFormat {

    /** The lower-case header name this format writes and reads. */
    String headerName();

    /** The header value to set so that it carries {@code key}, keeping what {@code existing} holds. */
    String write(RoutingKey key, List<String> existing);

    /** The key's raw value in these header values, if present. */
    Optional<String> read(List<String> values);
}
