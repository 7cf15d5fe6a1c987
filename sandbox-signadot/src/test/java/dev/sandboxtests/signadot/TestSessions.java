package dev.sandboxtests.signadot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.SandboxSession;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;

/** Sessions on the Signadot provider against a {@link FakeSignadot}, with quick polling and retries and no reaper. */
final class TestSessions {

    /** Recognisable in any text it leaks into. */
    static final String API_KEY = "SECRET-KEY-d41d8cd98f00b204";

    private TestSessions() {
    }

    static SandboxSession.Builder session(Class<?> configuredBy, URI api) {
        return SandboxSession.builder(configuredBy)
                .parameter("sandbox.provider", SignadotSandboxProvider.NAME)
                .parameter(SignadotSettings.API_URL.key(), api.toString())
                .parameter(SignadotSettings.ORG.key(), FakeSignadot.ORG)
                .parameter(SignadotSettings.API_KEY.key(), API_KEY)
                .parameter(SignadotSettings.POLL_INTERVAL.key(), "PT0.01S")
                .parameter(SignadotSettings.RETRY_DELAY.key(), "PT0.01S")
                .parameter("sandbox.ready-timeout", "10s")
                .parameter("sandbox.reaper.enabled", "false");
    }

    /** The API key is nowhere in the failure: not in its message, its causes, their suppressed ones, nor their strings. */
    static void assertKeyHidden(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            assertThat(String.valueOf(current.getMessage())).doesNotContain(API_KEY);
            assertThat(current.toString()).doesNotContain(API_KEY);
            if (current.getCause() != null && current.getCause() != current) {
                pending.add(current.getCause());
            }
            pending.addAll(java.util.List.of(current.getSuppressed()));
        }
    }
}
