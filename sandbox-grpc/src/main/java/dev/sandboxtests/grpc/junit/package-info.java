/**
 * gRPC in {@code @SandboxTest} classes: {@link dev.sandboxtests.grpc.junit.GrpcParameters} resolves
 * {@code ManagedChannel}s and grpc-java stubs that carry the sandbox's routing key, and {@link
 * dev.sandboxtests.grpc.junit.GrpcCall} is a SmartTest call that compares a gRPC call's outcome on
 * baseline and fork. Needs sandbox-junit on the test class path; services never load this package.
 */
package dev.sandboxtests.grpc.junit;
