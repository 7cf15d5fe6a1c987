package dev.sandboxtests.local;

import dev.sandboxtests.provider.FileNames;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Starts a service as a child process: any command, {@code java -jar}, or a main class of the test
 * class path. The process gets a free port ({@code PORT} environment variable and the
 * {@code ${port}} placeholder), writes its output to a log file, and is stopped (with its
 * descendants) when the sandbox or test run ends, or when the JVM exits; should the JVM be killed,
 * the {@linkplain LaunchContext#reaper() reaper}'s watchdog stops it.
 *
 * <pre>{@code
 * ChildProcess.javaMain(OrdersMain.class)
 *         .openTelemetryAgent(Path.of("target/otel/opentelemetry-javaagent.jar"))
 *         .env("PRICING_URL", "${endpoint:pricing}");
 * ChildProcess.javaJar(Path.of("target/pricing.jar"), "--server.port=${port}");
 * ChildProcess.command("./bin/inventory", "--listen", "127.0.0.1:${port}");
 * }</pre>
 */
public final class ChildProcess implements ServiceLauncher {

    /** Environment variable that tells the process which port to listen on. */
    public static final String PORT_VARIABLE = "PORT";

    private final List<String> command;
    private final boolean java;
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private Duration stopTimeout = Duration.ofSeconds(5);

    private ChildProcess(List<String> command, boolean java) {
        this.command = List.copyOf(command);
        this.java = java;
    }

    /** Runs {@code command} as given (placeholders are expanded). */
    public static ChildProcess command(String... command) {
        if (command.length == 0) {
            throw new IllegalArgumentException("A child process needs a command");
        }
        return new ChildProcess(List.of(command), false);
    }

    /** Runs {@code java -jar jar args...} with the JVM running the tests. */
    public static ChildProcess javaJar(Path jar, String... args) {
        List<String> command = List.of("-jar", jar.toAbsolutePath().toString());
        return new ChildProcess(command, true).args(args);
    }

    /** Runs {@code mainClass} in a new JVM with the test class path. */
    public static ChildProcess javaMain(Class<?> mainClass, String... args) {
        List<String> command = List.of("-cp", System.getProperty("java.class.path"), mainClass.getName());
        return new ChildProcess(command, true).args(args);
    }

    /** Adds arguments after the command (placeholders are expanded). */
    public ChildProcess args(String... more) {
        args.addAll(List.of(more));
        return this;
    }

    /** Adds a JVM option (only for {@link #javaJar} and {@link #javaMain}). */
    public ChildProcess jvmArg(String option) {
        requireJava("jvmArg");
        jvmArgs.add(option);
        return this;
    }

    /** Attaches a Java agent (only for Java processes). */
    public ChildProcess javaAgent(Path agentJar) {
        requireJava("javaAgent");
        if (!Files.isRegularFile(agentJar)) {
            throw new IllegalArgumentException("Java agent " + agentJar.toAbsolutePath() + " does not exist.");
        }
        jvmArgs.add("-javaagent:" + agentJar.toAbsolutePath());
        return this;
    }

    /**
     * Attaches the OpenTelemetry Java agent for zero-code propagation of the routing key (W3C trace
     * context and baggage), with exporters off so that nothing is sent anywhere.
     */
    public ChildProcess openTelemetryAgent(Path agentJar) {
        javaAgent(agentJar);
        jvmArgs.add("-Dotel.traces.exporter=none");
        jvmArgs.add("-Dotel.metrics.exporter=none");
        jvmArgs.add("-Dotel.logs.exporter=none");
        jvmArgs.add("-Dotel.propagators=tracecontext,baggage");
        return this;
    }

    /** Sets an environment variable (placeholders are expanded); a fork's customizations win. */
    public ChildProcess env(String name, String value) {
        env.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return this;
    }

    /** How long a graceful stop may take before the process is killed (default 5 s). */
    public ChildProcess stopTimeout(Duration timeout) {
        this.stopTimeout = timeout;
        return this;
    }

    @Override
    public RunningService start(LaunchContext context) throws IOException {
        List<String> full = new ArrayList<>();
        if (java) {
            full.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            jvmArgs.forEach(a -> full.add(Placeholders.expand(a, context)));
        }
        command.forEach(c -> full.add(Placeholders.expand(c, context)));
        args.forEach(a -> full.add(Placeholders.expand(a, context)));

        Files.createDirectories(context.logDirectory());
        Path log = context.logDirectory().resolve(FileNames.safe(context.service() + "-" + context.role()) + ".log");
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File(System.getProperty("user.dir")));
        builder.environment().put(PORT_VARIABLE, Integer.toString(context.port()));
        builder.environment().putAll(IdentityVariables.of(context));
        env.forEach((name, value) -> builder.environment().put(name, Placeholders.expand(value, context)));
        builder.environment().putAll(context.env());
        Process process = builder.start();
        return ChildProcessService.track(process, context.port(), log, stopTimeout, String.join(" ", shortened(full)),
                context.reaper());
    }

    private void requireJava(String option) {
        if (!java) {
            throw new IllegalStateException(option + " applies to javaJar(...) and javaMain(...) launches only");
        }
    }

    /** The class path is long and says little in messages. */
    private static List<String> shortened(List<String> command) {
        List<String> out = new ArrayList<>(command);
        int cp = out.indexOf("-cp");
        if (cp >= 0 && cp + 1 < out.size()) {
            out.set(cp + 1, "<test class path>");
        }
        return out;
    }
}
