package dev.sandboxtests.routing;

import java.util.List;

/** One way a header carries the routing key. Implementations are stateless and thread-safe. */
interface HeaderFormat {

    /** The lower-case header name this format writes and reads. */
    String headerName();

    /** The header value to set so that it carries {@code key}, keeping what {@code existing} holds. */
    String write(RoutingKey key, List<String> existing);

    /**
     * Every value of the key in these header values, in the order received, each decoded as the format
     * encodes it but not validated; a present but empty value is {@code ""}. Empty if the key is absent.
     * {@link RoutingHeaders#extract} decides what a request with none, one or several of them means.
     */
    List<String> read(List<String> values);
}
