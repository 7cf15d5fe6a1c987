package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.reaper.ReaperSettings;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.settings.SandboxSettings;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Services started as child processes: what they are given (port, placeholders, environment), what
 * a failure tells, and that stopping one stops everything it started. Launch contexts come from a
 * real running environment, so that {@code ${endpoint:catalog}} is a real router.
 */
class ChildProcessTest {

    /** What sets the timeouts in these tests, as a message names it. */
    private static final String SETTING = "the test's timeout";

    /** A launch of the {@code worker} service's baseline in the test's environment. */
    private LaunchContext launch(String role, Map<String, String> env) {
        return environment.launchContext(WorkloadIdentity.baseline(Workload.named("worker")), role, env);
    }

    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @TempDir
    static Path logs;
    private static RunningEnvironment environment;
    private final List<RunningService> started = new ArrayList<>();

    /** One in-JVM service, so that child processes have an endpoint to be given. */
    static final class CatalogEnvironment implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("catalog").baseline(context -> NamedBackend.start("catalog").asService());
        }
    }

    @BeforeAll
    static void startEnvironment() {
        environment = RunningEnvironment.start(new CatalogEnvironment(), RoutingHeaders.defaults(), GENEROUS, logs,
                Reaper.forSettings(SandboxSettings.fromSystem()));
    }

    @AfterAll
    static void stopEnvironment() {
        environment.close();
    }

    @AfterEach
    void stopChildren() {
        started.forEach(RunningService::close);
    }

    @Test
    void aChildJvmThatExitsReportsItsExitCodeLastLinesAndLogFile() throws Exception {
        LaunchContext context = launch("fork-exiting", Map.of());
        RunningService worker = start(ChildProcess.javaMain(ExitingMain.class, "3"), context);

        assertThatThrownBy(() -> Readiness.tcp().await(worker, GENEROUS, "fork 'exiting' of service 'worker'", SETTING))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("fork 'exiting' of service 'worker' failed before it was ready")
                .hasMessageContaining("exited with code 3");

        String failure = worker.failure().orElseThrow();
        assertThat(failure)
                .contains("exited with code 3")
                .contains("Command: ")
                .contains(ExitingMain.class.getName())
                .contains("-cp <test class path>")
                .contains(context.logDirectory().toAbsolutePath().toString())
                .contains("output line 06", "output line 25")
                .as("only the last %d lines", ChildProcessService.LOG_LINES_IN_MESSAGES)
                .doesNotContain("output line 05");
    }

    @Test
    void aCommandGetsItsPortInThePortVariableAndReportsItsExitCode() throws Exception {
        LaunchContext context = launch("shell", Map.of());
        RunningService shell = start(ChildProcess.command("sh", "-c", "echo ${service} was given $PORT; exit 7"),
                context);

        assertThatThrownBy(() -> Readiness.tcp().await(shell, GENEROUS, "the shell", SETTING))
                .hasMessageContaining("exited with code 7")
                .hasMessageContaining("worker was given " + context.port());
    }

    @Test
    void aChildThatNeverListensTimesOutWithItsNameTheLastProbeResultAndItsLog() throws Exception {
        LaunchContext context = launch("fork-silent", Map.of());
        RunningService silent = start(ChildProcess.javaMain(NeverListeningMain.class), context);
        awaitLogLine(silent, "never-listening main started");

        assertThatThrownBy(() -> Readiness.tcp().await(silent, Duration.ofMillis(300),
                "fork 'silent' of service 'worker' in sandbox 'demo'", SETTING))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("fork 'silent' of service 'worker' in sandbox 'demo' was not ready within")
                .hasMessageContaining("TCP connect at " + silent.uri())
                .hasMessageContaining("last result: Connection refused")
                .hasMessageContaining("never-listening main started, ignoring port " + context.port())
                .hasMessageContaining("Check that it listens on 127.0.0.1 at the port it was given")
                .hasMessageContaining("If it only needs longer, raise " + SETTING);
    }

    @Test
    void closeStopsTheProcessAndItsDescendantsEvenOnesThatIgnoreAPoliteStop() throws Exception {
        LaunchContext context = launch("parent", Map.of());
        ChildProcessService parent = (ChildProcessService) start(
                ChildProcess.javaMain(ParentOfStubbornMain.class).stopTimeout(Duration.ofSeconds(1)), context);
        ProcessHandle grandchild = null;
        try {
            Readiness.tcp().await(parent, GENEROUS, "the parent", SETTING);
            awaitLogLine(parent, "stubborn started");
            grandchild = ProcessHandle.of(pidAfter("grandchild pid=", parent.diagnostics())).orElseThrow();
            ProcessHandle parentProcess = ProcessHandle.of(parent.pid()).orElseThrow();

            parent.close();

            assertThat(parentProcess.isAlive()).as("the child is alive").isFalse();
            // A killed orphan is reaped by its new parent (init), which may take a moment.
            assertThat(grandchild.onExit()).as("the grandchild has stopped")
                    .succeedsWithin(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            assertThat(grandchild.isAlive()).as("the grandchild is alive").isFalse();
            parent.close(); // idempotent
        } finally {
            if (grandchild != null) {
                grandchild.destroyForcibly();
            }
        }
    }

    @Test
    void aRunningChildIsRegisteredWithTheReaperUntilItIsStopped() throws Exception {
        LaunchContext context = launch("fork-registered", Map.of());
        assumeTrue(context.reaper().isEnabled(), "the reaper is on (sandbox.reaper.enabled)");
        ChildProcessService child = (ChildProcessService) start(ChildProcess.command("sleep", "60"), context);

        assertThat(registryEntriesOf(child.pid())).as("registry entries of process %d", child.pid()).hasSize(1);
        child.close();
        assertThat(registryEntriesOf(child.pid())).as("registry entries of process %d", child.pid()).isEmpty();
    }

    @Test
    void placeholdersAreExpandedInArgumentsAndEnvironmentAndTheForksEnvironmentWins() throws Exception {
        LaunchContext context = launch("fork-info", Map.of("GREETING", "from-fork"));
        RunningService info = start(ChildProcess.javaMain(InfoServerMain.class,
                        "--port=${port}", "--service=${service}", "--catalog=${endpoint:catalog}")
                .env("SELF", "${service}@127.0.0.1:${port}")
                .env("CATALOG_URL", "${endpoint:catalog}/items")
                .env("GREETING", "from-launcher"), context);
        Readiness.http("/health").await(info, GENEROUS, "the info server", SETTING);

        String catalog = environment.router("catalog").uri().toString();
        assertThat(get(info, "/info").body().lines()).containsExactly(
                "arg --port=" + context.port(),
                "arg --service=worker",
                "arg --catalog=" + catalog,
                "env PORT=" + context.port(),
                "env SELF=worker@127.0.0.1:" + context.port(),
                "env CATALOG_URL=" + catalog + "/items",
                "env GREETING=from-fork",
                "env SIGNADOT_BASELINE_KIND=Deployment",
                "env SIGNADOT_BASELINE_NAME=worker",
                "env SIGNADOT_SANDBOX_NAME=null",
                "env SIGNADOT_SANDBOX_ROUTING_KEY=null",
                "env SANDBOX_ROUTES_URL=" + context.routeServer());
    }

    @Test
    void aReadinessPathIsProbedOverHttp() throws Exception {
        LaunchContext context = launch("fork-probed", Map.of());
        RunningService probed = start(ChildProcess.javaMain(InfoServerMain.class, "--port=${port}"), context);
        ServiceDeclaration declaration = new ServiceDeclaration("worker");

        declaration.readinessPath("/health").readiness().await(probed, GENEROUS, "the probed worker", SETTING);
        Readiness.tcp().await(probed, GENEROUS, "the probed worker", SETTING);
        declaration.readinessPath("/not-there").readiness().await(probed, GENEROUS, "a 404 is an answer", SETTING);
        assertThatThrownBy(() -> declaration.readinessPath("/sick").readiness()
                .await(probed, Duration.ofMillis(300), "the sick worker", SETTING))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("the sick worker was not ready within")
                .hasMessageContaining("GET /sick at " + probed.uri())
                .hasMessageContaining("last result: HTTP 503")
                .hasMessageContaining("It listens, but GET /sick answered HTTP 503: it is ready once GET /sick answers"
                        + " with a status below 500.");
    }

    @Test
    void aReadinessPathMustBeAPath() {
        assertThatThrownBy(() -> new ServiceDeclaration("worker").readinessPath("health"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with '/'");
    }

    @Test
    void anUnknownPlaceholderIsAClearErrorAndStartsNothing() {
        LaunchContext context = launch("fork-typo", Map.of());
        ChildProcess typo = ChildProcess.command("sh", "-c", "exit 0").args("--listen=${host}:${port}");

        assertThatThrownBy(() -> typo.start(context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown placeholder ${host} in '--listen=${host}:${port}'; use ${port}, ${service}"
                        + " or ${endpoint:<service>}.");
        assertThatThrownBy(() -> BoundedLaunch.start(typo, context, GENEROUS, "fork 'typo' of service 'worker'",
                SETTING))
                .isInstanceOf(SandboxException.class)
                .hasMessageStartingWith("The fork 'typo' of service 'worker' could not be started")
                .hasMessageContaining("Unknown placeholder ${host}");
    }

    @Test
    void anEndpointOfAnUnknownServiceNamesTheKnownOnes() {
        LaunchContext context = launch("fork-typo", Map.of());
        ChildProcess typo = ChildProcess.command("sh", "-c", "exit 0").env("PAYMENTS_URL", "${endpoint:payments}");

        assertThatThrownBy(() -> typo.start(context))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageContaining("Unknown service 'payments'")
                .hasMessageContaining("declares catalog");
    }

    @Test
    void javaOptionsApplyToJavaLaunchesOnly() {
        assertThatThrownBy(() -> ChildProcess.command("./server").jvmArg("-Xmx64m"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jvmArg applies to javaJar(...) and javaMain(...)");
        assertThatThrownBy(() -> ChildProcess.javaMain(ExitingMain.class).javaAgent(Path.of("no/such/agent.jar")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent.jar does not exist");
        assertThatThrownBy(ChildProcess::command)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a command");
    }

    private RunningService start(ChildProcess launcher, LaunchContext context) throws IOException {
        RunningService service = launcher.start(context);
        started.add(service);
        return service;
    }

    /** Waits (without asserting on time) until the process has logged {@code text}. */
    private static void awaitLogLine(RunningService service, String text) throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!service.diagnostics().contains(text)) {
            if (System.nanoTime() > deadline || service.failure().isPresent()) {
                throw new AssertionError("'" + text + "' never appeared in the log:\n" + service.diagnostics()
                        + service.failure().map(f -> "\n" + f).orElse(""));
            }
            Thread.sleep(20);
        }
    }

    /** The entries of this JVM's directory in the reaper's registry that name process {@code pid}. */
    private static List<Path> registryEntriesOf(long pid) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Path ownerDirectory = SandboxSettings.fromSystem().get(ReaperSettings.DIRECTORY)
                .resolve(self.pid() + "-" + self.info().startInstant().orElseThrow().toEpochMilli());
        try (Stream<Path> files = Files.list(ownerDirectory)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> read(file).contains("\"pid\":\"" + pid + "\""))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException deletedMeanwhile) {
            return "";
        }
    }

    private static long pidAfter(String prefix, String log) {
        return log.lines().map(String::trim).filter(line -> line.startsWith(prefix))
                .mapToLong(line -> Long.parseLong(line.substring(prefix.length())))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + prefix + "' in\n" + log));
    }

    private static HttpResponse<String> get(RunningService service, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
