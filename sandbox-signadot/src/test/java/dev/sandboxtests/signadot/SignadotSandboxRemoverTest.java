package dev.sandboxtests.signadot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed test JVM leaves in Signadot is deleted by the reaper, which never learns the API key from the leftover. */
class SignadotSandboxRemoverTest {

    @SignadotSandbox(cluster = "staging", namespace = "shop")
    static final class Shop {
    }

    private static final SandboxSpec PRICING = SandboxSpec.builder("pricing-test").fork(ForkSpec.of("pricing")).build();

    @Test
    void theRemoverDeletesTheSandboxWithTheKeyOfItsOwnSettings() throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY)) {
            signadot.add("pricing-test-abc123");
            Leftover leftover = SignadotSandboxRemover.leftover(signadot.uri(), FakeSignadot.ORG, "pricing-test-abc123");
            SignadotSandboxRemover remover = new SignadotSandboxRemover(
                    SandboxSettings.withParameters(Map.of(SignadotSettings.API_KEY.key(), TestSessions.API_KEY)));

            remover.remove(leftover);
            assertThat(signadot.sandboxes()).isEmpty();
            remover.remove(leftover);
            assertThat(signadot.calls()).as("one already gone is fine").containsExactly(
                    "DELETE " + FakeSignadot.PATH + "pricing-test-abc123", "DELETE " + FakeSignadot.PATH + "pricing-test-abc123");
            assertThat(leftover.parameters()).containsOnlyKeys("api-url", "org", "name");
        }
    }

    @Test
    void theRemoverIsFoundByItsKind() {
        assertThat(java.util.ServiceLoader.load(dev.sandboxtests.reaper.LeftoverRemover.class).stream()
                .map(java.util.ServiceLoader.Provider::type)).contains(SignadotSandboxRemover.class);
        assertThat(new SignadotSandboxRemover().kind()).isEqualTo("signadot-sandbox");
    }

    @Test
    void aSandboxIsRegisteredWithoutTheKeyWhileItLivesAndUnregisteredWhenDeleted(@TempDir Path registry) throws Exception {
        try (FakeSignadot signadot = FakeSignadot.start(TestSessions.API_KEY);
                SandboxSession session = TestSessions.session(Shop.class, signadot.uri())
                        .parameter("sandbox.reaper.enabled", "true")
                        .parameter("sandbox.reaper.directory", registry.toString()).build()) {
            Sandbox sandbox = session.start(PRICING);
            String signadotName = SignadotSandboxLifecycleTest.single(signadot.sandboxes());

            List<String> entries = registryEntries(registry);
            assertThat(entries).anySatisfy(entry -> assertThat(entry).contains("signadot-sandbox").contains(signadotName));
            assertThat(entries).noneSatisfy(entry -> assertThat(entry).contains(TestSessions.API_KEY));

            sandbox.close();
            assertThat(registryEntries(registry)).noneSatisfy(entry -> assertThat(entry).contains(signadotName));
        }
    }

    /** The text of every file in the registry but the watchdog's log. */
    private static List<String> registryEntries(Path registry) throws IOException {
        try (Stream<Path> files = Files.walk(registry)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".log"))
                    .map(file -> {
                        try {
                            return Files.readString(file);
                        } catch (IOException e) {
                            return "";
                        }
                    }).toList();
        }
    }
}
