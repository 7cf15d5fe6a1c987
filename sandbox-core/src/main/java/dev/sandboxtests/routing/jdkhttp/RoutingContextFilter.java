package dev.sandboxtests.routing.jdkhttp;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.sandboxtests.routing.HeaderLookup;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A filter for the JDK's {@code com.sun.net.httpserver} that makes the routing key of each incoming
 * request current while its handler runs, so that {@link RoutedHttpRequests#propagate} passes it on.
 *
 * <pre>{@code
 * HttpContext context = server.createContext("/", handler);
 * context.getFilters().add(new RoutingContextFilter());
 * }</pre>
 *
 * <p>A request with a malformed routing key or two different keys ({@link RoutingHeaders#extract}) is
 * answered {@code 400 Bad Request}, in plain text: {@code RoutingContextFilter rejected the request: }
 * and the reason, which names the header. Its handler never runs.
 */
public final class RoutingContextFilter extends Filter {

    private final RoutingHeaders headers;

    /** Reads the headers chosen by configuration ({@link RoutingHeaders#fromConfiguration()}). */
    public RoutingContextFilter() {
        this(RoutingHeaders.fromConfiguration());
    }

    public RoutingContextFilter(RoutingHeaders headers) {
        this.headers = headers;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Scope scope;
        try {
            scope = RoutingContext.attachFrom(HeaderLookup.of(exchange.getRequestHeaders()), headers);
        } catch (InvalidRoutingKeyException e) {
            byte[] body = ("RoutingContextFilter rejected the request: " + e.getMessage() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return;
        }
        try (scope) {
            chain.doFilter(exchange);
        }
    }

    @Override
    public String description() {
        return "Makes the sandbox routing key of the request current (" + headers + ")";
    }
}
