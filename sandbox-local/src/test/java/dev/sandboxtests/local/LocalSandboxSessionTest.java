package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.settings.InvalidSettingException;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The local provider outside JUnit, through {@link SandboxSession}: it reads {@link LocalSandbox} from the
 * class the session is for, as {@code @SandboxTest} reads it from a test class.
 */
@Execution(ExecutionMode.CONCURRENT)
class LocalSandboxSessionTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final SandboxSpec FORK_CATALOG = SandboxSpec.builder("session-test").fork(ForkSpec.of("catalog")).build();

    /** {@code catalog}, answered by a backend named after the instance: {@code baseline} or {@code fork}. */
    public static final class Catalog implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("catalog")
                    .baseline(context -> NamedBackend.start("baseline").asService())
                    .fork("v2", context -> NamedBackend.start("fork").asService());
        }
    }

    @LocalSandbox(Catalog.class)
    static final class ConfiguredBench {
    }

    /** {@code catalog} again, with a child process as its fork. */
    public static final class ChildProcessCatalog implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("catalog")
                    .baseline(context -> NamedBackend.start("baseline").asService())
                    .fork("v2", ChildProcess.javaMain(InfoServerMain.class, "--port=${port}"))
                    .readinessPath("/health");
        }
    }

    @LocalSandbox(ChildProcessCatalog.class)
    static final class ChildProcessBench {
    }

    static final class UnconfiguredBench {
    }

    /** An environment the provider cannot create: it needs an argument. */
    public static final class NeedsArguments implements LocalEnvironment {
        public NeedsArguments(String name) {
        }

        @Override
        public void define(LocalServices services) {
        }
    }

    @LocalSandbox(NeedsArguments.class)
    static final class MisconfiguredBench {
    }

    @Test
    void aSessionStartsSandboxesWhoseKeyRoutesToTheForkAndClosingItStopsEverything() throws Exception {
        URI catalog;
        try (SandboxSession session = SandboxSession.builder(ConfiguredBench.class)
                .parameter("sandbox.provider", "local").build()) {
            Sandbox sandbox = session.start(FORK_CATALOG);
            catalog = sandbox.endpoint("catalog");

            assertThat(sandbox.forkRequests("catalog")).hasValue(0);
            assertThat(answer(catalog, Map.of())).startsWith("baseline GET /");
            assertThat(sandbox.forkRequests("catalog")).as("a request without the key is not the fork's").hasValue(0);
            assertThat(answer(catalog, sandbox.routingHeaders().headersFor(sandbox.routingKey()))).startsWith("fork GET /");
            assertThat(sandbox.forkRequests("catalog")).hasValue(1);
            assertThat(sandbox.forkRequests("orders")).as("not forked here").isEmpty();
            assertThat(sandbox.logs()).as("in-JVM services write no log files of the provider's").isEmpty();
        }
        assertThatThrownBy(() -> answer(catalog, Map.of())).isInstanceOf(ConnectException.class);
    }

    @Test
    void aSandboxWithChildProcessesSaysWhereTheirLogsAre() {
        try (SandboxSession session = SandboxSession.forClass(ChildProcessBench.class)) {
            Sandbox sandbox = session.start(FORK_CATALOG);

            String logs = sandbox.logs().orElseThrow();
            assertThat(logs).endsWith("dev.sandboxtests.local.LocalSandboxSessionTest-ChildProcessCatalog");
            assertThat(Path.of(logs)).isDirectoryContaining(file -> file.getFileName().toString()
                    .startsWith("catalog-fork-v2-" + sandbox.routingKey()));
        }
    }

    @Test
    void withoutLocalSandboxTheMessageSaysWhatToAnnotate() {
        try (SandboxSession session = SandboxSession.forClass(UnconfiguredBench.class)) {
            assertThatThrownBy(() -> session.start(FORK_CATALOG))
                    .isInstanceOf(SandboxConfigurationException.class)
                    .hasMessage("The local provider needs to know how to start the services of "
                            + UnconfiguredBench.class.getName() + ": annotate it with @LocalSandbox(YourEnvironment.class),"
                            + " naming a class that implements " + LocalEnvironment.class.getName() + ".");
        }
    }

    @Test
    void anEnvironmentThatCannotBeCreatedIsNamedWithTheReason() {
        try (SandboxSession session = SandboxSession.forClass(MisconfiguredBench.class)) {
            assertThatThrownBy(() -> session.start(FORK_CATALOG))
                    .isInstanceOf(SandboxConfigurationException.class)
                    .hasMessageContaining("@LocalSandbox(NeedsArguments.class) on " + MisconfiguredBench.class.getName()
                            + " cannot be created: it has no no-argument constructor");
        }
    }

    @Test
    void theLocalSettingsAreReadLikeEveryOther() {
        try (SandboxSession session = SandboxSession.builder(ConfiguredBench.class)
                .parameter("sandbox.local.startup-timeout", "eventually").build()) {
            assertThatThrownBy(() -> session.start(FORK_CATALOG))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageStartingWith("Setting sandbox.local.startup-timeout ('eventually', from configuration"
                            + " parameter sandbox.local.startup-timeout) is invalid");
        }
    }

    private static String answer(URI service, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve("/items"));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
