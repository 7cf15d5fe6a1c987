package dev.sandboxtests.benchmarks.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The overhead figure times real sandboxes: their key reaches the fork, and a run gives a figure per round. */
class SandboxOverheadTimingTest {

    @Test
    void eachTimedSandboxRoutesItsKeyToTheFork() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (SandboxSession session = SandboxSession.builder(SandboxOverheadTiming.class)
                .parameter("sandbox.provider", "local").build()) {
            Sandbox sandbox = session.start(SandboxSpec.builder("overhead").fork(ForkSpec.of(SandboxOverheadTiming.SERVICE)).build());
            URI router = sandbox.endpoint(SandboxOverheadTiming.SERVICE);
            HttpRequest.Builder request = HttpRequest.newBuilder(router.resolve("/"));
            sandbox.routingHeaders().headersFor(sandbox.routingKey()).forEach(request::header);

            assertThat(client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            assertThat(sandbox.forkRequests(SandboxOverheadTiming.SERVICE)).hasValue(1);
        }
    }

    @Test
    void aShortRunGivesAFigurePerRound() {
        SandboxOverheadTiming.Result result = SandboxOverheadTiming.run(3);

        assertThat(result.rounds()).isEqualTo(3);
        assertThat(result.total().min()).isPositive();
        assertThat(result.markdown()).contains("| create + await ready |");
    }
}
