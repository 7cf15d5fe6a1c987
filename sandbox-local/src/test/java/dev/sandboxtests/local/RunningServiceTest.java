package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class RunningServiceTest {

    @Test
    void aJdkHttpServerIsReachedWhereItListensAndStoppedOnClose() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        int port = server.getAddress().getPort();

        RunningService service = RunningService.inJvm(server);
        assertThat(service.uri()).hasToString("http://127.0.0.1:" + port);
        new Socket("127.0.0.1", port).close();

        service.close();
        service.close(); // idempotent
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }

    @Test
    void aServerBoundToEveryAddressIsReachedOnLoopback() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);
        server.start();
        try (RunningService service = RunningService.inJvm(server)) {
            assertThat(service.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(service.uri().getPort()).isEqualTo(server.getAddress().getPort());
        }
    }
}
