/**
 * Per-request routing of a service's database work, for services (no JUnit): {@link
 * dev.sandboxtests.jdbc.RoutingDataSource} does a request's JDBC work in its sandbox's temporary database when the
 * request's routing key has one, and in the baseline's database otherwise; {@link
 * dev.sandboxtests.jdbc.PostgresSandboxDatabases} finds the databases the {@code postgres-database} resource
 * plugin makes.
 */
package dev.sandboxtests.jdbc;
