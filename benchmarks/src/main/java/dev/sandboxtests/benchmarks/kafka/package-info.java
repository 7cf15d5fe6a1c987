/**
 * Kafka consumers with sandbox-aware filtering ({@code sandbox-kafka}) on the in-JVM KRaft broker:
 * {@link dev.sandboxtests.benchmarks.kafka.ConsumerThroughput}, the throughput of the library's consumers
 * against a plain {@code KafkaConsumer} loop on the same records, and
 * {@link dev.sandboxtests.benchmarks.kafka.MixedRunCheck}, a run of a baseline and three forks that counts
 * every record by the consumer that processed it. Plain {@code main}s rather than JMH (why:
 * {@code docs/benchmarks.md}, section "Kafka consumers"); JMH measures what the library adds per record
 * without a broker ({@link dev.sandboxtests.benchmarks.kafka.RecordRoutingBenchmark}). The build never runs
 * them; its tests run a small mixed run, one pass of each consumer and each benchmark method once.
 */
package dev.sandboxtests.benchmarks.kafka;
