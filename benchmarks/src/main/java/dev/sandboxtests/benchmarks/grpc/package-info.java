/**
 * JMH benchmark of the local provider's router for gRPC: a unary call straight to a gRPC server, and
 * through the router to its baseline and to a sandbox's fork, side by side (latency p50/p99 and
 * throughput), with a summary against the goals of the gRPC routing issue. How to run it:
 * {@code docs/benchmarks.md}, section "gRPC through the local router".
 */
package dev.sandboxtests.benchmarks.grpc;
