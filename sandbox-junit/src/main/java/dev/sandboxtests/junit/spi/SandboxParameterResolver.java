package dev.sandboxtests.junit.spi;

/**
 * Lets a protocol module offer more parameter types to {@code @SandboxTest} classes: gRPC channels and
 * stubs, Kafka producers. Implementations are found with {@link java.util.ServiceLoader} (list them in
 * {@code META-INF/services/dev.sandboxtests.junit.spi.SandboxParameterResolver}) and must be stateless:
 * whatever they create and keep lives in {@link SandboxParameter#shared}. A resolver supports a type
 * it does not own only on parameters that carry {@code @SandboxService} ({@link SandboxParameter#namedService()}),
 * so that it never competes with another extension for that type.
 *
 * <pre>{@code
 * public final class ChannelParameters implements SandboxParameterResolver {
 *     public boolean supports(SandboxParameter parameter) {
 *         return parameter.type() == ManagedChannel.class && parameter.namedService().isPresent();
 *     }
 *     public Object resolve(SandboxParameter parameter) {
 *         String service = parameter.service();
 *         Sandbox sandbox = parameter.sandbox();
 *         return parameter.shared("channel:" + service, ClosingChannel.class,
 *                 () -> new ClosingChannel(sandbox.endpoint(service), RoutingClientInterceptor.forSandbox(sandbox)))
 *                 .channel();
 *     }
 * }
 * }</pre>
 */
public interface SandboxParameterResolver {

    /** @return whether this resolver makes values for {@code parameter} */
    boolean supports(SandboxParameter parameter);

    /**
     * @return the value for {@code parameter}, already carrying the sandbox's routing key
     * @throws org.junit.jupiter.api.extension.ParameterResolutionException with a message that says what
     *         is wrong and what to do, when the parameter cannot be resolved
     */
    Object resolve(SandboxParameter parameter);
}
