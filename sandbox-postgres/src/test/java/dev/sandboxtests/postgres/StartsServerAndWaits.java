package dev.sandboxtests.postgres;

import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.settings.SandboxSettings;
import java.util.Map;

/**
 * A test JVM that is about to be killed: starts an embedded PostgreSQL with a real reaper registering in the
 * directory it is given (argument 1), prints the postmaster's pid and the data directory, and waits.
 */
public final class StartsServerAndWaits {

    private StartsServerAndWaits() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxSettings settings = SandboxSettings.withParameters(Map.of("sandbox.reaper.directory", args[0]));
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Reaper.forSettings(settings));
        System.out.println(server.postmasterPid());
        System.out.println(server.dataDirectory());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
