package dev.sandboxtests.samples.shop.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Kubernetes API in this JVM: fabric8's {@link KubernetesMockServer} in CRUD mode (objects are stored, listed,
 * watched and deleted as on a real API server; nothing runs them), on 127.0.0.1 over plain HTTP, and a client of
 * it for the test's own reads and writes. A provider in the same JVM reaches it through the kubeconfig this class
 * writes, exactly as it reaches a real cluster.
 *
 * <pre>{@code
 * try (MockCluster cluster = MockCluster.start()) {
 *     Path kubeconfig = cluster.writeKubeconfig(directory, "shop");
 *     // sandbox.kubernetes.kubeconfig=<kubeconfig>
 * }
 * }</pre>
 */
final class MockCluster implements AutoCloseable {

    /**
     * The mock server logs every request at INFO through java.util.logging; the samples' console keeps only the
     * suite's summary. Held here, as java.util.logging keeps its loggers only weakly.
     */
    private static final Logger MOCK_SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

    static {
        MOCK_SERVER_LOG.setLevel(Level.WARNING);
    }

    private final KubernetesMockServer server;
    private final KubernetesClient client;

    private MockCluster(KubernetesMockServer server) {
        this.server = server;
        this.client = server.createClient();
    }

    /** Starts the API server on a free port of 127.0.0.1. */
    static MockCluster start() {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        return new MockCluster(server);
    }

    /** The test's client (the provider makes its own from the kubeconfig). */
    KubernetesClient client() {
        return client;
    }

    /** Where the API server listens, e.g. {@code http://127.0.0.1:40123}. */
    String masterUrl() {
        return "http://" + server.getHostName() + ":" + server.getPort();
    }

    /** Writes a kubeconfig whose current context is this server with {@code namespace}, and returns its path. */
    Path writeKubeconfig(Path directory, String namespace) {
        String kubeconfig = """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: %s
                users:
                - name: tester
                  user:
                    token: not-checked-by-the-mock-server
                contexts:
                - name: mock
                  context:
                    cluster: mock
                    user: tester
                    namespace: %s
                current-context: mock
                """.formatted(masterUrl(), namespace);
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve("kubeconfig"), kubeconfig);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a kubeconfig into " + directory, e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
