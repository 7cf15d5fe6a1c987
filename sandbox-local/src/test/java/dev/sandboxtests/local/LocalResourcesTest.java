package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkOf;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local provider creates a sandbox's resources before its forks, hands them their outputs, and deletes them. */
class LocalResourcesTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** {@code catalog}, whose fork answers with the value of {@code SCRATCH_PATH} it was started with. */
    public static final class Catalog implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("catalog")
                    .baseline(context -> NamedBackend.start("baseline").asService())
                    .fork("v2", context -> NamedBackend.start("fork-" + context.env().get("SCRATCH_PATH")).asService())
                    .fork("broken", context -> {
                        throw new IllegalStateException("this fork never starts");
                    });
        }
    }

    @LocalSandbox(Catalog.class)
    static final class Bench {
    }

    /** A thing of the run: its identity tells whether two launchers got the same one. */
    public static final class RunToken implements AutoCloseable {
        final String id = java.util.UUID.randomUUID().toString();

        @Override
        public void close() {
        }
    }

    /** {@code catalog}, whose baseline and fork both answer with the id of the run's {@link RunToken}. */
    public static final class SharingCatalog implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("catalog")
                    .baseline(context -> NamedBackend.start("baseline-" + token(context)).asService())
                    .fork("v2", context -> NamedBackend.start("fork-" + token(context)).asService());
        }

        private static String token(LaunchContext context) {
            return context.shared("run-token", RunToken.class, RunToken::new).id;
        }
    }

    @LocalSandbox(SharingCatalog.class)
    static final class SharingBench {
    }

    @Test
    void eachForkGetsTheOutputsAndClosingTheSandboxDeletesTheResource(@TempDir Path parent) throws Exception {
        SandboxSpec spec = SandboxSpec.builder("scratch").fork(fork("v2"))
                .resource(ResourceSpec.of("scratch", "scratch-directory", Map.of("parent", parent.toString()))).build();
        Path directory;
        try (SandboxSession session = SandboxSession.forClass(Bench.class)) {
            Sandbox sandbox = session.start(spec);
            directory = parent.resolve("scratch-" + sandbox.routingKey().value());

            assertThat(directory).isDirectory();
            assertThat(sandbox.resourceOutputs("scratch")).containsExactly(Map.entry("path", directory.toString()));
            assertThat(sandbox.resourceOutputs("other")).isEmpty();
            assertThat(answer(sandbox.endpoint("catalog"), sandbox.routingHeaders().headersFor(sandbox.routingKey())))
                    .startsWith("fork-" + directory + " GET /");
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void aSandboxOfResourcesAloneSendsItsKeyToTheBaselineAndDeletesItsResource(@TempDir Path parent) throws Exception {
        SandboxSpec spec = SandboxSpec.builder("data-only")
                .resource(ResourceSpec.of("scratch", "scratch-directory", Map.of("parent", parent.toString()))).build();
        Path directory;
        try (SandboxSession session = SandboxSession.forClass(Bench.class)) {
            Sandbox sandbox = session.start(spec);
            directory = Path.of(sandbox.resourceOutputs("scratch").get("path"));

            assertThat(directory).isDirectory();
            assertThat(answer(sandbox.endpoint("catalog"), sandbox.routingHeaders().headersFor(sandbox.routingKey())))
                    .startsWith("baseline GET /");
            assertThat(sandbox.forkRequests("catalog")).as("it forks nothing").isEmpty();
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void launchersShareTheRunsThingsLikeResourcePluginsDo() throws Exception {
        SandboxSpec spec = SandboxSpec.builder("sharing").fork(ForkSpec.of("catalog")).build();
        try (SandboxSession session = SandboxSession.forClass(SharingBench.class)) {
            Sandbox sandbox = session.start(spec);
            String baseline = answer(sandbox.endpoint("catalog"), Map.of());
            String fork = answer(sandbox.endpoint("catalog"), sandbox.routingHeaders().headersFor(sandbox.routingKey()));

            assertThat(baseline).startsWith("baseline-");
            assertThat(fork).startsWith("fork-");
            assertThat(fork.substring("fork-".length(), fork.indexOf(' ')))
                    .isEqualTo(baseline.substring("baseline-".length(), baseline.indexOf(' ')));
        }
    }

    @Test
    void aForkThatDoesNotStartLeavesNoResourceBehind(@TempDir Path parent) {
        SandboxSpec spec = SandboxSpec.builder("scratch").fork(fork("broken"))
                .resource(ResourceSpec.of("scratch", "scratch-directory", Map.of("parent", parent.toString()))).build();
        try (SandboxSession session = SandboxSession.forClass(Bench.class)) {
            assertThatThrownBy(() -> session.start(spec)).hasMessageContaining("this fork never starts");
        }
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void aResourceThatCannotBeCreatedIsNamedAndTheOnesBeforeItAreDeleted(@TempDir Path parent) {
        SandboxSpec spec = SandboxSpec.builder("scratch").fork(fork("v2"))
                .resource(ResourceSpec.of("first", "scratch-directory", Map.of("parent", parent.toString())))
                .resource(ResourceSpec.of("second", "scratch-directory", Map.of("fail", "true"))).build();
        try (SandboxSession session = SandboxSession.forClass(Bench.class)) {
            assertThatThrownBy(() -> session.start(spec))
                    .isInstanceOf(SandboxException.class)
                    .hasMessage("Could not create resource 'second' (plugin scratch-directory) of sandbox 'scratch':"
                            + " the disk is full (as this test's spec asks)");
        }
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void aPluginThatIsNotOnTheClassPathIsNamedBeforeAnythingStarts() {
        SandboxSpec spec = SandboxSpec.builder("scratch").fork(fork("v2"))
                .resource(ResourceSpec.of("orders-db", "postgres-database", Map.of())).build();
        try (SandboxSession session = SandboxSession.forClass(Bench.class)) {
            assertThatThrownBy(() -> session.start(spec))
                    .isInstanceOf(SandboxConfigurationException.class)
                    .hasMessage("Resource 'orders-db' of sandbox 'scratch' needs the resource plugin 'postgres-database',"
                            + " which is not on the class path (there are [scratch-directory]). Add the module that"
                            + " provides it (sandbox-postgres for postgres-database) as a test dependency.");
        }
    }

    private static ForkSpec fork(String variant) {
        return new ForkSpec(ForkOf.service("catalog"),
                new Customizations(List.of(new Customizations.Image(variant, null)), List.of()));
    }

    private static String answer(URI endpoint, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
