package dev.sandboxtests.benchmarks.postgres;

import dev.sandboxtests.benchmarks.kafka.LoadAverages;
import dev.sandboxtests.benchmarks.kafka.Spread;
import dev.sandboxtests.postgres.EmbeddedPostgresServer;
import dev.sandboxtests.postgres.PostgresDatabasePlugin;
import dev.sandboxtests.postgres.PostgresServer;
import dev.sandboxtests.postgres.PostgresSettings;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 13's figure: how long the {@code postgres-database} resource takes to create a sandbox's database
 * from a template of 100 MiB of seeded orders ({@code CREATE DATABASE … TEMPLATE}), and to drop it again
 * (sessions ended, {@code DROP DATABASE}); beside it, the same for an empty database. Each round goes through
 * core's {@link SandboxResources}, as a provider does (the reaper off: the figure is the database's work).
 * The first round of each kind is a warm-up and not counted. Prints Markdown for {@code docs/benchmarks.md}.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.postgres.TemplateCopyTiming [MiB] [rounds]
 * </pre>
 * The server is the embedded PostgreSQL, or the one the system property {@code sandbox.postgres.url} names
 * (with {@code sandbox.postgres.username} / {@code .password}); there, the user needs CREATEDB.
 */
public final class TemplateCopyTiming {

    static final long MIB = 1024 * 1024;
    static final String TEMPLATE = "bench_orders_seed";

    private TemplateCopyTiming() {
    }

    public static void main(String[] args) throws Exception {
        long mebibytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (BenchmarkContext context = new BenchmarkContext()) {
            System.out.print(run(context, mebibytes, rounds).markdown());
        }
    }

    /** Seeds the template, times {@code rounds} copies and drops (and empty ones), drops the template. */
    static Result run(BenchmarkContext context, long mebibytes, int rounds) throws Exception {
        PostgresServer server = server(context);
        String loadBefore = LoadAverages.now();
        SeededTemplate template = SeededTemplate.create(server, TEMPLATE, mebibytes * MIB);
        try {
            Times fromTemplate = time(context, server, Optional.of(template), rounds);
            Times empty = time(context, server, Optional.empty(), rounds);
            return new Result(server.describe(), template, rounds, fromTemplate, empty, loadBefore, LoadAverages.now());
        } finally {
            try (Connection admin = server.connectAdmin(); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + TEMPLATE);
            }
        }
    }

    private static PostgresServer server(BenchmarkContext context) {
        SandboxSettings settings = context.settings();
        if (settings.isSet(PostgresSettings.URL)) {
            return PostgresServer.of(settings.get(PostgresSettings.URL), settings.get(PostgresSettings.USERNAME),
                    settings.get(PostgresSettings.PASSWORD));
        }
        return EmbeddedPostgresServer.shared(context).server();
    }

    private static Times time(BenchmarkContext context, PostgresServer server, Optional<SeededTemplate> template,
                              int rounds) throws Exception {
        List<Double> creates = new ArrayList<>();
        List<Double> drops = new ArrayList<>();
        Map<String, String> params = template.map(seed -> Map.of("template", seed.name())).orElse(Map.of());
        for (int round = 0; round <= rounds; round++) {
            String key = "bench" + round + (template.isPresent() ? "t" : "e");
            long start = System.nanoTime();
            SandboxResources resources = SandboxResources.create(spec(params), key, context, Reaper.disabled());
            long created = System.nanoTime();
            if (round == 0 && template.isPresent()) {
                checkCopy(server, resources.outputsOf("orders-db").get("database"), template.get().rows());
            }
            long dropStart = System.nanoTime();
            resources.close();
            long dropped = System.nanoTime();
            if (round > 0) {
                creates.add((created - start) / 1e6);
                drops.add((dropped - dropStart) / 1e6);
            }
        }
        return new Times(Spread.of(creates), Spread.of(drops));
    }

    /** Honesty check: the copy holds every seeded row, so the figure is of a real copy. */
    private static void checkCopy(PostgresServer server, String database, long rows) throws Exception {
        try (Connection copy = server.connect(database); Statement statement = copy.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM orders")) {
            count.next();
            if (count.getLong(1) != rows) {
                throw new IllegalStateException("The copy " + database + " holds " + count.getLong(1) + " orders, the"
                        + " template " + rows);
            }
        }
    }

    private static SandboxSpec spec(Map<String, String> params) {
        return SandboxSpec.builder("template-copy").fork(ForkSpec.of("orders"))
                .resource(ResourceSpec.of("orders-db", PostgresDatabasePlugin.NAME, params)).build();
    }

    /** Milliseconds to create and to drop. */
    record Times(Spread create, Spread drop) {
    }

    /** What a run measured. */
    record Result(String server, SeededTemplate template, int rounds, Times fromTemplate, Times empty,
                  String loadBefore, String loadAfter) {

        String markdown() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Template %s on %s: %,d orders,"
                            + " %.1f MiB of data (table, TOAST and index), %.1f MiB with the catalogs; %d rounds after one warm-up; load average (1, 5, 15 min)"
                            + " before %s, after %s.%n%n", template.name(), server, template.rows(),
                    template.dataBytes() / (double) MIB, template.databaseBytes() / (double) MIB, rounds, loadBefore, loadAfter));
            text.append("| database | create: median | min | max | drop: median | min | max |\n");
            text.append("|---|---:|---:|---:|---:|---:|---:|\n");
            row(text, "copy of the template", fromTemplate);
            row(text, "empty", empty);
            return text.toString();
        }

        private static void row(StringBuilder text, String name, Times times) {
            text.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
                    name, times.create().median(), times.create().min(), times.create().max(),
                    times.drop().median(), times.drop().min(), times.drop().max()));
        }
    }
}
