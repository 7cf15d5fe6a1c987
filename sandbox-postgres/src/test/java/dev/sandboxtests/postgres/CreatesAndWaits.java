package dev.sandboxtests.postgres;

import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.util.Map;

/**
 * A test JVM that is about to be killed: creates a temporary database on the server it is given, with a
 * real reaper registering in the directory it is given, says so on standard output, and waits.
 * Arguments: admin URL, reaper directory, routing key.
 */
public final class CreatesAndWaits {

    private CreatesAndWaits() {
    }

    public static void main(String[] args) throws InterruptedException {
        RunContext context = RunContext.with(Map.of(PostgresSettings.URL.key(), args[0],
                PostgresSettings.USERNAME.key(), "postgres", "sandbox.reaper.directory", args[1]));
        SandboxSpec spec = SandboxSpec.builder("killed").fork(ForkSpec.of("orders"))
                .resource(ResourceSpec.of("orders-db", PostgresDatabasePlugin.NAME, Map.of())).build();
        SandboxResources resources = SandboxResources.create(spec, args[2], context, Reaper.forSettings(context.settings()));
        System.out.println("created " + resources.outputsOf("orders-db").get("database"));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
