/**
 * Extension points of {@code @SandboxTest} for protocol modules: {@link
 * dev.sandboxtests.junit.spi.SandboxParameterResolver} adds parameter types (gRPC channels and stubs, for
 * instance) that carry the sandbox's routing key and close with the sandbox.
 */
package dev.sandboxtests.junit.spi;
