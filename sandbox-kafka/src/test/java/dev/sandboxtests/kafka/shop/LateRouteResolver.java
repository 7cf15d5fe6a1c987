package dev.sandboxtests.kafka.shop;

import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.RoutesApi;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A route client that learns of new routes late: it asks the route server every {@code interval} and never
 * waits there (as a client of Signadot's route server polls), saying each time which version it holds. Its
 * view is up to one interval old; a provider that hands a sandbox out only once every watcher holds the
 * sandbox's routes waits for its next question.
 */
final class LateRouteResolver implements RouteResolver, AutoCloseable {

    private final URI server;
    private final String watcher = "late-" + UUID.randomUUID();
    private final HttpClient client = HttpClient.newHttpClient();
    private final Thread thread;
    private volatile long version = -1;
    private volatile List<RoutingRule> rules = List.of();
    private volatile boolean closed;

    private LateRouteResolver(URI server, Duration interval) {
        this.server = server;
        this.thread = new Thread(() -> {
            while (!closed) {
                try {
                    ask();
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    // the server is gone (the environment stops); ask again later
                }
            }
        }, "late-routes-" + watcher);
        thread.setDaemon(true);
    }

    static LateRouteResolver polling(URI server, Duration interval) throws InterruptedException {
        LateRouteResolver resolver = new LateRouteResolver(server, interval);
        try {
            resolver.ask();
        } catch (IOException e) {
            throw new IllegalStateException("No routes from " + server + ": " + e, e);
        }
        resolver.thread.start();
        return resolver;
    }

    private void ask() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(RoutesApi.PATH + "?" + RoutesApi.WATCHER + "=" + watcher
                + "&" + RoutesApi.KNOWN_VERSION + "=" + version)).GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        rules = RoutesApi.read(response.body());
        version = Long.parseLong(response.headers().firstValue(RoutesApi.VERSION_HEADER).orElse("-1"));
    }

    @Override
    public List<RoutingRule> rules(Workload baseline) {
        return rules.stream().filter(rule -> rule.baseline().matches(baseline)).toList();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
