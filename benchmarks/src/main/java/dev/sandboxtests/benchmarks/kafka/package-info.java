/**
 * Kafka consumers with sandbox-aware filtering ({@code sandbox-kafka}) on the in-JVM KRaft broker:
 * {@link dev.sandboxtests.benchmarks.kafka.MixedRunCheck}, a run of a baseline and three forks that counts
 * every record by the consumer that processed it. The build never runs it; its tests run a small mixed run.
 */
package dev.sandboxtests.benchmarks.kafka;
