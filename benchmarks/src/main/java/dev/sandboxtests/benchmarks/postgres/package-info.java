/**
 * The {@code postgres-database} resource ({@code sandbox-postgres}) on a template of seeded data:
 * {@link dev.sandboxtests.benchmarks.postgres.TemplateCopyTiming}, how long creating a sandbox's temporary
 * database from a 100 MiB template and dropping it take. A plain timed {@code main} rather than JMH: each
 * operation takes tens to hundreds of milliseconds of server work (file copies, checkpoints), so JMH's
 * per-call machinery adds nothing, and a few rounds give the spread. The build never runs it; its test runs
 * one small round.
 */
package dev.sandboxtests.benchmarks.postgres;
