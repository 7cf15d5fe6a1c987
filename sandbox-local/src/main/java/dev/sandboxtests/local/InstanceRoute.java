package dev.sandboxtests.local;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.Endpoint;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.SessionProtocol;
import dev.sandboxtests.provider.SandboxException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a router sends the requests it routes to one instance (the baseline of a service or a sandbox's
 * fork): its address, the words that name it in error answers, the number of requests routed to it, and the
 * Armeria client that forwards HTTP/2 traffic to it.
 */
final class InstanceRoute {

    private final RunningService instance;
    private final String description;
    /** Null for an instance that serves no requests. */
    private final WebClient client;
    private final InetSocketAddress address;
    private final AtomicLong requests = new AtomicLong();
    /** Set once an HTTP/2 connection found the instance speaking HTTP/1.1 only. */
    private volatile boolean http1Only;

    InstanceRoute(RunningService instance, String description, ClientFactory clients) {
        this.instance = instance;
        this.description = description;
        if (!instance.servesRequests()) {
            this.client = null;
            this.address = null;
            return;
        }
        URI target = instance.uri();
        if (target.getPort() < 0) {
            throw new SandboxException("Service URI " + target + " has no port; give an address like http://127.0.0.1:8080");
        }
        this.address = InetSocketAddress.createUnresolved(target.getHost(), target.getPort());
        this.client = WebClient.builder(SessionProtocol.HTTP, Endpoint.of(target.getHost(), target.getPort()))
                .factory(clients)
                .responseTimeout(Duration.ZERO)
                .maxResponseLength(0)
                .build();
    }

    RunningService instance() {
        return instance;
    }

    /** For example {@code fork 'pricing' of sandbox 'checkout-test'}. */
    String description() {
        return description;
    }

    /** Whether requests can be forwarded here; a worker instance serves none. */
    boolean servesRequests() {
        return client != null;
    }

    /** Armeria's client towards the instance (HTTP/2 where it speaks it); only when {@link #servesRequests()}. */
    WebClient client() {
        return client;
    }

    /** The instance's host and port, unresolved; only when {@link #servesRequests()}. */
    InetSocketAddress address() {
        return address;
    }

    /** Whether the instance is known to speak HTTP/1.1 only: HTTP/2 callers' calls go to it translated. */
    boolean speaksHttp1Only() {
        return http1Only;
    }

    void markHttp1Only() {
        http1Only = true;
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    long requests() {
        return requests.get();
    }
}
