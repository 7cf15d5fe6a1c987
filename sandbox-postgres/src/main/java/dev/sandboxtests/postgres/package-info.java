/**
 * The sandbox resource {@code postgres-database}: a temporary PostgreSQL database per sandbox, copied from a
 * template database (PostgreSQL's {@code CREATE DATABASE ... TEMPLATE}) or empty, migrated with Flyway,
 * dropped when the sandbox closes and by the reaper after a killed JVM.
 * {@link dev.sandboxtests.postgres.PostgresDatabasePlugin} is the plugin,
 * {@link dev.sandboxtests.postgres.EmbeddedPostgresServer} the server a run starts when it names none,
 * {@link dev.sandboxtests.postgres.PostgresSettings} its settings.
 */
package dev.sandboxtests.postgres;
