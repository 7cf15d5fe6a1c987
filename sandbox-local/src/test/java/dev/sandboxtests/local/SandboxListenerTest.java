package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listeners are told of a ready sandbox and of a closed one; one that refuses a sandbox fails its start. */
class SandboxListenerTest {

    @Test
    void aListenerHearsOfTheReadySandboxAndOfItsCloseAfterTheForksStopped() {
        Sandbox sandbox;
        try (SandboxSession session = SandboxSession.forClass(LocalSandboxSessionTest.ConfiguredBench.class)) {
            sandbox = session.start(spec("listened"));
            assertThat(events(sandbox)).containsExactly("ready listened " + sandbox.routingKey());
        }
        assertThat(events(sandbox)).containsExactly("ready listened " + sandbox.routingKey(),
                "closed listened " + sandbox.routingKey());
    }

    @Test
    void aListenerThatRefusesTheSandboxFailsItsStartAndTheSandboxIsClosed() {
        try (SandboxSession session = SandboxSession.forClass(LocalSandboxSessionTest.ConfiguredBench.class)) {
            assertThatThrownBy(() -> session.start(spec(RecordingSandboxListener.REFUSED)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("this listener refuses " + RecordingSandboxListener.REFUSED);
        }
        assertThat(RecordingSandboxListener.EVENTS).filteredOn(event -> event.startsWith("closed " + RecordingSandboxListener.REFUSED))
                .hasSize(1);
    }

    private static SandboxSpec spec(String name) {
        return SandboxSpec.builder(name).fork(ForkSpec.of("catalog")).build();
    }

    private static List<String> events(Sandbox sandbox) {
        return RecordingSandboxListener.EVENTS.stream().filter(event -> event.endsWith(" " + sandbox.routingKey())).toList();
    }
}
