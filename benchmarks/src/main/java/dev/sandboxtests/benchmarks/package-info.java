/**
 * JMH benchmarks of smart-diff against the JSON diff libraries a user would otherwise pick (JsonUnit,
 * JSONassert, zjsonpatch), on the same generated API payloads, plus the 50 MB memory check and a summary
 * of JMH's results against the goals of issue 3. gRPC through the local router is measured in the
 * {@code grpc} subpackage, Kafka consumers with sandbox-aware filtering in {@code kafka}. How to run them: {@code docs/benchmarks.md}.
 *
 * <p>Everything here is deterministic: the documents come from a fixed seed, so two runs compare the
 * same bytes.
 */
package dev.sandboxtests.benchmarks;
