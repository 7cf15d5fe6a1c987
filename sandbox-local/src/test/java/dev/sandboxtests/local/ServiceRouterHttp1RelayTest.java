package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the router's own HTTP/1.1 relay ({@link Http1Relay}) must get right beyond routing, each seen byte for
 * byte at the caller and at a scripted instance: pipelined requests to different instances answered in order,
 * hop-by-hop headers kept to their hop, bodies framed by the instance's close, HEAD and interim 100 responses
 * keeping the connection in step, and an instance that fails before or during its response.
 */
class ServiceRouterHttp1RelayTest {

    private static ServiceRouter router;

    private final RoutingKey key = RoutingKey.random();
    private final Resources resources = new Resources();

    @BeforeAll
    static void startRouter() {
        router = new ServiceRouter("catalog", RoutingHeaders.defaults());
    }

    @AfterAll
    static void stopRouter() {
        router.close();
    }

    @AfterEach
    void stopInstances() throws Exception {
        resources.close();
    }

    @Test
    void pipelinedRequestsToDifferentInstancesAreAnsweredInTheirOrder() throws Exception {
        NamedBackend baseline = resources.add(NamedBackend.start("baseline"));
        NamedBackend fork = resources.add(NamedBackend.start("fork"));
        route(baseline.asService(), fork.asService());

        try (RawConnection caller = new RawConnection(router.uri())) {
            caller.send(get("/1", true) + get("/2", false) + get("/3", true) + get("/4", false));

            assertThat(caller.read().body()).isEqualTo("fork GET /1");
            assertThat(caller.read().body()).isEqualTo("baseline GET /2");
            assertThat(caller.read().body()).isEqualTo("fork GET /3");
            assertThat(caller.read().body()).isEqualTo("baseline GET /4");
        }
    }

    @Test
    void hopByHopHeadersStayOnTheirHopAndEveryOtherHeaderPassesUnchanged() throws Exception {
        ScriptedInstance instance = resources.add(ScriptedInstance.start((connection, self) -> {
            self.readHead(connection.getInputStream());
            ScriptedInstance.write(connection, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive, x-hop\r\n"
                    + "x-hop: for the router only\r\nKeep-Alive: timeout=5\r\nx-end-to-end: kept\r\n\r\nok");
        }));
        route(instance.asService(), instance.asService());

        try (RawConnection caller = new RawConnection(router.uri())) {
            RawConnection.Response response = caller.send("GET /items HTTP/1.1\r\nHost: catalog\r\n"
                    + "Connection: keep-alive, x-secret\r\nx-secret: 1\r\nKeep-Alive: timeout=9\r\n"
                    + "Proxy-Connection: keep-alive\r\nbaggage: team=checkout,sd-routing-key=" + key + "\r\n"
                    + "X-Mixed-Case: Value\r\n\r\n").read();

            assertThat(response.body()).isEqualTo("ok");
            assertThat(response.headers()).containsEntry("x-end-to-end", "kept")
                    .doesNotContainKeys("x-hop", "keep-alive", "connection");
        }
        String head = instance.heads().get(0).toLowerCase(java.util.Locale.ROOT);
        assertThat(head).startsWith("get /items http/1.1\r\n").contains("\r\nhost: catalog\r\n")
                .contains("\r\nbaggage: team=checkout,sd-routing-key=" + key.value().toLowerCase(java.util.Locale.ROOT))
                .contains("\r\nx-mixed-case: value")
                .doesNotContain("x-secret", "keep-alive", "proxy-connection", "connection:");
    }

    @Test
    void aBodyThatEndsWhenTheInstanceClosesReachesTheCallerChunkedOnAConnectionThatStaysOpen() throws Exception {
        ScriptedInstance closing = resources.add(ScriptedInstance.start((connection, self) -> {
            self.readHead(connection.getInputStream());
            ScriptedInstance.write(connection, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end");
        }));
        route(closing.asService(), closing.asService());

        try (RawConnection caller = new RawConnection(router.uri())) {
            RawConnection.Response first = caller.send(get("/a", false)).read();
            RawConnection.Response second = caller.send(get("/b", false)).read();

            assertThat(first.body()).isEqualTo("until the end");
            assertThat(first.framing()).isEqualTo("chunked");
            assertThat(second.body()).as("the caller's connection stayed open").isEqualTo("until the end");
        }
        assertThat(closing.connections()).as("a new connection to the instance after it closed one").isEqualTo(2);
    }

    @Test
    void headAndInterimResponsesKeepTheConnectionInStep() throws Exception {
        ScriptedInstance instance = resources.add(ScriptedInstance.start((connection, self) -> {
            InputStream in = connection.getInputStream();
            self.readHead(in);
            ScriptedInstance.write(connection, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n");
            self.readHead(in);
            ScriptedInstance.write(connection, "HTTP/1.1 100 Continue\r\n\r\n");
            byte[] body = in.readNBytes(4);
            ScriptedInstance.write(connection, "HTTP/1.1 201 Created\r\nContent-Length: 4\r\n\r\n" + new String(body));
        }));
        route(instance.asService(), instance.asService());

        try (RawConnection caller = new RawConnection(router.uri())) {
            RawConnection.Response head = caller.send("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\n").read(true);
            caller.send("POST /p HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
            RawConnection.Response interim = caller.read();
            RawConnection.Response created = caller.send("abcd").read();

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.headers()).containsEntry("content-length", "5");
            assertThat(interim.status()).isEqualTo(100);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body()).isEqualTo("abcd");
        }
    }

    @Test
    void anInstanceThatClosesBeforeAnsweringGets502NamingItAndTheCallersConnectionGoesOn() throws Exception {
        ScriptedInstance silent = resources.add(ScriptedInstance.start((connection, self) -> self.readHead(connection.getInputStream())));
        NamedBackend baseline = resources.add(NamedBackend.start("baseline"));
        router.routeBaseline(baseline.asService());
        router.routeFork(key, silent.asService(), "fork 'silent' of service 'catalog' in sandbox 'relay-test'");
        resources.add(() -> router.unrouteFork(key));

        try (RawConnection caller = new RawConnection(router.uri())) {
            RawConnection.Response failed = caller.send(get("/x", true)).read();
            RawConnection.Response next = caller.send(get("/y", false)).read();

            assertThat(failed.status()).isEqualTo(502);
            assertThat(failed.body()).contains("Sandbox router of 'catalog' could not reach the fork 'silent' of service "
                    + "'catalog' in sandbox 'relay-test' at " + silent.uri());
            assertThat(next.body()).isEqualTo("baseline GET /y");
        }
    }

    @Test
    void aGetOnAKeptAliveConnectionTheInstanceClosedMeanwhileIsSentAgainOnANewOne() throws Exception {
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        ScriptedInstance closingIdle = resources.add(ScriptedInstance.start((connection, self) -> {
            InputStream in = connection.getInputStream();
            if (accepted.incrementAndGet() == 1) {
                self.readHead(in);
                ScriptedInstance.write(connection, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst");
                self.readHead(in); // then closes without answering, as an idle timeout racing the request would
                return;
            }
            self.readHead(in);
            ScriptedInstance.write(connection, "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond");
        }));
        route(closingIdle.asService(), closingIdle.asService());

        try (RawConnection caller = new RawConnection(router.uri())) {
            RawConnection.Response first = caller.send(get("/a", false)).read();
            RawConnection.Response second = caller.send(get("/b", false)).read();

            assertThat(first.body()).isEqualTo("first");
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body()).isEqualTo("second");
        }
        assertThat(closingIdle.heads()).extracting(head -> head.lines().findFirst().orElseThrow())
                .containsExactly("GET /a HTTP/1.1", "GET /b HTTP/1.1", "GET /b HTTP/1.1");
    }

    @Test
    void aPostIsNeverSentTwice() throws Exception {
        ScriptedInstance closing = resources.add(ScriptedInstance.start((connection, self) -> {
            InputStream in = connection.getInputStream();
            self.readHead(in);
            ScriptedInstance.write(connection, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst");
            self.readHead(in);
        }));
        route(closing.asService(), closing.asService());

        try (RawConnection caller = new RawConnection(router.uri())) {
            caller.send(get("/a", false)).read();
            RawConnection.Response post = caller.send("POST /orders HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").read();

            assertThat(post.status()).isEqualTo(502);
        }
        assertThat(closing.heads()).hasSize(2);
    }

    @Test
    void aConnectionInUseForLongerThanArmeriasIdleTimeoutIsNotClosed() throws Exception {
        // Armeria closes a connection in which it saw no request for 10 s: the relay's connections are ones it
        // never sees a request in.
        NamedBackend baseline = resources.add(NamedBackend.start("baseline"));
        route(baseline.asService(), baseline.asService());

        try (RawConnection caller = new RawConnection(router.uri())) {
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(21);
            for (int n = 0; System.nanoTime() < end; n++) {
                assertThat(caller.send(get("/n" + n, false)).read().body()).isEqualTo("baseline GET /n" + n);
            }
        }
    }

    @Test
    void anInstanceThatBreaksOffInTheMiddleOfItsBodyEndsTheCallersConnection() throws Exception {
        ScriptedInstance breaking = resources.add(ScriptedInstance.start((connection, self) -> {
            self.readHead(connection.getInputStream());
            ScriptedInstance.write(connection, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part");
        }));
        route(breaking.asService(), breaking.asService());

        try (RawConnection caller = new RawConnection(router.uri())) {
            caller.send(get("/partial", false));

            assertThat(caller.read(true).status()).isEqualTo(200);
            byte[] part = new byte[9];
            new java.io.DataInputStream(caller.input()).readFully(part);
            assertThat(new String(part)).isEqualTo("only part");
            assertThat(caller.closedByServer()).as("the caller sees the body end early").isTrue();
        }
    }

    private void route(RunningService baseline, RunningService fork) {
        router.routeBaseline(baseline);
        router.routeFork(key, fork, "fork of service 'catalog' in sandbox 'relay-test'");
        resources.add(() -> router.unrouteFork(key));
    }

    private String get(String target, boolean toFork) {
        return "GET " + target + " HTTP/1.1\r\nHost: catalog\r\n"
                + (toFork ? "baggage: sd-routing-key=" + key + "\r\n" : "") + "\r\n";
    }
}
