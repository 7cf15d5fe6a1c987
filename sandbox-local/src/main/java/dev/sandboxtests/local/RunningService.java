package dev.sandboxtests.local;

import com.sun.net.httpserver.HttpServer;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** A started service instance. {@link #close()} stops it and must be idempotent. */
public interface RunningService extends AutoCloseable {

    /** Where the instance listens, e.g. {@code http://127.0.0.1:40123}. */
    URI uri();

    /** Whether requests can be sent to {@link #uri()}; false for a {@link #worker} such as a consumer. */
    default boolean servesRequests() {
        return true;
    }

    /** Why the instance can no longer serve (for a process: it exited, with its code and last log lines). */
    default Optional<String> failure() {
        return Optional.empty();
    }

    /** What helps to understand a problem with this instance, e.g. its last log lines; may be empty. */
    default String diagnostics() {
        return "";
    }

    /** Stops the instance and frees what it holds. */
    @Override
    void close();

    /**
     * An instance in this JVM that serves no requests, such as a consumer of a queue; declare its service
     * {@link ServiceDeclaration#readyWhenStarted()}. Requests routed to it are answered with an error.
     *
     * <pre>{@code
     * services.service("shipping").readyWhenStarted()
     *         .baseline(context -> RunningService.worker(ShippingConsumer.start(context.identity(), context.routeServer())));
     * }</pre>
     */
    static RunningService worker(AutoCloseable stop) {
        RunningService instance = inJvm(URI.create("http://127.0.0.1:0"), stop);
        return new RunningService() {
            @Override
            public URI uri() {
                return instance.uri();
            }

            @Override
            public boolean servesRequests() {
                return false;
            }

            @Override
            public void close() {
                instance.close();
            }

            @Override
            public String toString() {
                return "in-JVM worker";
            }
        };
    }

    /**
     * A JDK {@code HttpServer} started in this JVM, stopped with {@code server.stop(0)}.
     *
     * <pre>{@code
     * services.service("pricing").baseline(context -> {
     *     HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", context.port()), 0);
     *     server.createContext("/", new PricingHandler());
     *     server.start();
     *     return RunningService.inJvm(server);
     * });
     * }</pre>
     */
    static RunningService inJvm(HttpServer server) {
        Objects.requireNonNull(server, "server");
        InetSocketAddress address = server.getAddress();
        InetAddress host = address.getAddress();
        String literal = host.isAnyLocalAddress() ? "127.0.0.1"
                : host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return inJvm(URI.create("http://" + literal + ":" + address.getPort()), () -> server.stop(0));
    }

    /**
     * An instance running in this JVM at {@code uri}, stopped by {@code stop}: any server that says where
     * it listens, e.g. {@code RunningService.inJvm(URI.create("http://127.0.0.1:" + port), server::stop)}.
     */
    static RunningService inJvm(URI uri, AutoCloseable stop) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(stop, "stop");
        return new RunningService() {
            private boolean closed;

            @Override
            public URI uri() {
                return uri;
            }

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    try {
                        stop.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not stop in-JVM service at " + uri + ": " + e.getMessage(), e);
                    }
                }
            }

            @Override
            public String toString() {
                return "in-JVM service at " + uri;
            }
        };
    }
}
