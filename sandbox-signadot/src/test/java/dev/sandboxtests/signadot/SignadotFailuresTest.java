package dev.sandboxtests.signadot;

import static dev.sandboxtests.signadot.TestSessions.assertKeyHidden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every way a Signadot sandbox can fail to come up: each leaves no sandbox behind, says what happened and
 * what to do, and never shows the API key.
 */
class SignadotFailuresTest {

    @SignadotSandbox(cluster = "staging", namespace = "shop")
    static final class Shop {
    }

    static final class Unconfigured {
    }

    private static final SandboxSpec PRICING = SandboxSpec.builder("pricing-test").fork(ForkSpec.of("pricing")).build();

    @Test
    void aRejectedSpecSaysWhatSignadotSaidAndIsNotRetried() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY)
                .rejectPuts("spec.forks[0].forkOf: deployment shop/pricing not found");
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri()).build()) {
            SignadotException failure = catchThrowableOfType(SignadotException.class, () -> session.start(PRICING));

            assertThat(failure).hasMessageContaining("answered HTTP 400: spec.forks[0].forkOf: deployment shop/pricing not found"
                    + " (request id req-4711)");
            assertThat(failure.status()).hasValue(400);
            assertThat(signadot.calls()).filteredOn(call -> call.startsWith("PUT")).as("a 4xx is not retried").hasSize(1);
            assertThat(signadot.calls()).last().asString().startsWith("DELETE");
            assertThat(signadot.sandboxes()).isEmpty();
            assertKeyHidden(failure);
        }
    }

    @Test
    void aRefusedKeyIsNotRetriedAndTheMessageSaysToCheckItWithoutShowingIt() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start("another-key");
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri()).build()) {
            SignadotException failure = catchThrowableOfType(SignadotException.class, () -> session.start(PRICING));

            assertThat(failure).hasMessageContaining("answered HTTP 401: unauthorized")
                    .hasMessageContaining("Check the API key (SANDBOX_SIGNADOT_API_KEY or SIGNADOT_API_KEY)")
                    .hasMessageContaining("organisation 'acme'");
            assertThat(signadot.calls()).filteredOn(call -> call.startsWith("PUT")).hasSize(1);
            assertKeyHidden(failure);
        }
    }

    @Test
    void serverErrorsAreRetriedUntilSignadotAnswers() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY).failNext(503, 502);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri()).build()) {
            session.start(PRICING);

            assertThat(signadot.calls()).filteredOn(call -> call.startsWith("PUT")).hasSize(3);
            assertThat(signadot.sandboxes()).hasSize(1);
        }
    }

    @Test
    void serverErrorsBeyondTheRetriesFailWithTheLastAnswer() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY).failNext(500, 500, 500);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri())
                        .parameter(SignadotSettings.RETRIES.key(), "2").build()) {
            SignadotException failure = catchThrowableOfType(SignadotException.class, () -> session.start(PRICING));

            assertThat(failure).hasMessageContaining("answered HTTP 500: injected failure (request id req-500)")
                    .hasMessageContaining("after 2 retries");
            assertThat(signadot.calls()).filteredOn(call -> call.startsWith("PUT")).hasSize(3);
            assertThat(signadot.sandboxes()).isEmpty();
            assertKeyHidden(failure);
        }
    }

    @Test
    void connectionErrorsAreRetriedUntilSignadotAnswers() throws Exception {
        ServerSocket hangingUp = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        hangingUp.setSoTimeout(30_000); // a client that never comes fails the test instead of hanging it
        int port = hangingUp.getLocalPort();
        SandboxSession session = TestSessions.session(Shop.class, URI.create("http://127.0.0.1:" + port))
                .parameter(SignadotSettings.RETRIES.key(), "20")
                .parameter(SignadotSettings.RETRY_DELAY.key(), "PT0.05S").build();
        try {
            CompletableFuture<?> started = CompletableFuture.runAsync(() -> session.start(PRICING));
            // Two connections taken and closed without an answer: the first attempt and a retry after its error.
            for (int accepted = 0; accepted < 2; accepted++) {
                hangingUp.accept().close();
            }
            hangingUp.close();
            try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY, port)) {
                started.get(30, TimeUnit.SECONDS);
                assertThat(signadot.sandboxes()).hasSize(1);
                session.close();
                assertThat(signadot.sandboxes()).isEmpty();
            }
        } finally {
            hangingUp.close();
            session.close();
        }
    }

    @Test
    void anUnreachableApiSaysWhereItWasLookedFor() throws Exception {
        int port;
        try (ServerSocket reserved = new ServerSocket(0)) {
            port = reserved.getLocalPort();
        }
        try (SandboxSession session = TestSessions.session(Shop.class, URI.create("http://127.0.0.1:" + port))
                .parameter(SignadotSettings.RETRIES.key(), "1").build()) {
            SignadotException failure = catchThrowableOfType(SignadotException.class, () -> session.start(PRICING));

            assertThat(failure).hasMessageContaining("(PUT http://127.0.0.1:" + port + "/api/v2/orgs/acme/sandboxes/pricing-test-")
                    .hasMessageContaining("ConnectException")
                    .hasMessageContaining("Check that sandbox.signadot.api-url (http://127.0.0.1:" + port + ") is reachable")
                    .hasMessageContaining("tried 2 times");
            assertKeyHidden(failure);
        }
    }

    @Test
    void aFailedResourceFailsAtOnceWithSignadotsMessageAndTheSandboxIsDeleted() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY)
                .failResources("image registry.example.com/pricing:pr-42 cannot be pulled");
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri())
                        .parameter("sandbox.ready-timeout", "10m").build()) {
            SignadotException failure = catchThrowableOfType(SignadotException.class, () -> session.start(PRICING));

            assertThat(failure).hasMessageContaining("(ResourceFailed): image registry.example.com/pricing:pr-42 cannot be pulled");
            assertThat(signadot.calls()).filteredOn(call -> call.startsWith("GET")).as("not waited for").hasSize(1);
            assertThat(signadot.calls()).last().asString().startsWith("DELETE");
            assertThat(signadot.sandboxes()).isEmpty();
            assertKeyHidden(failure);
        }
    }

    @Test
    void aSandboxThatIsNotReadyInTimeFailsWithTheLastStatusAndIsDeleted() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY).readyAfterGets(Integer.MAX_VALUE);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri())
                        .parameter("sandbox.ready-timeout", "PT0.1S").build()) {
            SignadotException failure = catchThrowableOfType(SignadotException.class, () -> session.start(PRICING));

            assertThat(failure).hasMessageContaining("was not ready within PT0.1S; Signadot's last status: ready=false,"
                    + " reason=Pending, message=waiting for fork pods");
            assertThat(signadot.calls()).last().asString().startsWith("DELETE");
            assertThat(signadot.sandboxes()).isEmpty();
            assertKeyHidden(failure);
        }
    }

    @Test
    void aSandboxSignadotDeletedAlreadyClosesQuietly() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri()).build()) {
            var sandbox = session.start(PRICING);
            signadot.expireAll();
            sandbox.close();

            assertThat(signadot.calls()).last().asString().startsWith("DELETE");
        }
    }

    @Test
    void withoutOrganisationKeyOrClusterTheMessageNamesTheSettingAndTheVariables() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY)) {
            try (SandboxSession session = SandboxSession.builder(Shop.class)
                    .parameter("sandbox.provider", SignadotSandboxProvider.NAME)
                    .parameter(SignadotSettings.API_KEY.key(), TestSessions.API_KEY).build()) {
                assertThat(catchThrowableOfType(SandboxConfigurationException.class, () -> session.start(PRICING)))
                        .hasMessage("The Signadot provider needs the organisation: set SANDBOX_SIGNADOT_ORG or SIGNADOT_ORG in"
                                + " the environment (or the JUnit configuration parameter / system property sandbox.signadot.org).");
            }
            try (SandboxSession session = SandboxSession.builder(Shop.class)
                    .parameter("sandbox.provider", SignadotSandboxProvider.NAME)
                    .parameter(SignadotSettings.ORG.key(), FakeSignadot.ORG).build()) {
                assertThat(catchThrowableOfType(SandboxConfigurationException.class, () -> session.start(PRICING)))
                        .hasMessage("The Signadot provider needs the API key: set SANDBOX_SIGNADOT_API_KEY or SIGNADOT_API_KEY in"
                                + " the environment (or the JUnit configuration parameter / system property sandbox.signadot.api-key).");
            }
            try (SandboxSession session = TestSessions.session(Unconfigured.class, signadot.uri()).build()) {
                SandboxConfigurationException failure = catchThrowableOfType(SandboxConfigurationException.class,
                        () -> session.start(PRICING));
                assertThat(failure).hasMessage("The Signadot provider needs the cluster the forks of " + Unconfigured.class.getName()
                        + " run in: set SANDBOX_SIGNADOT_CLUSTER (or the JUnit configuration parameter / system property"
                        + " sandbox.signadot.cluster), or annotate the class with @SignadotSandbox(cluster = \"...\").");
                assertKeyHidden(failure);
            }
            try (SandboxSession session = TestSessions.session(Unconfigured.class, signadot.uri())
                    .parameter(SignadotSettings.CLUSTER.key(), "staging").build()) {
                assertThat(catchThrowableOfType(SandboxConfigurationException.class, () -> session.start(PRICING)))
                        .hasMessageContaining("The fork of 'pricing'")
                        .hasMessageContaining("names no namespace")
                        .hasMessageContaining("SANDBOX_SIGNADOT_NAMESPACE (sandbox.signadot.namespace)");
            }
            assertThat(signadot.calls()).as("nothing is asked of Signadot before the configuration is complete").isEmpty();
        }
    }
}
