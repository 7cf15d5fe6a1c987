package dev.sandboxtests.local;

/**
 * The services of a system as the embedded local provider runs them: for each logical service, how
 * to start its baseline and each of its fork variants, in this JVM or as a child process.
 *
 * <p>Each logical service is fronted by a router on 127.0.0.1; services reach each other through
 * {@link LaunchContext#endpoint(String)}, so that every hop is routed. Baselines start once per
 * test run and are shared by all test classes that name the same environment class; each sandbox
 * starts its own forks.
 *
 * <pre>{@code
 * public final class Shop implements LocalEnvironment {
 *     @Override
 *     public void define(LocalServices services) {
 *         services.service("pricing")
 *                 .baseline(context -> PricingServer.start(PricingRules.standard()))
 *                 .fork("discount-rule", context -> PricingServer.start(PricingRules.discount(context.env())));
 *         services.service("orders")
 *                 .baseline(ChildProcess.javaMain(OrdersMain.class)
 *                         .env("PRICING_URL", "${endpoint:pricing}")
 *                         .javaAgent(Path.of("target/otel/opentelemetry-javaagent.jar")));
 *     }
 * }
 *
 * @SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule"))
 @LocalSandbox(Shop.class)
 * class DiscountTest { ... }
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor.
 */
public interface LocalEnvironment {

    /** Declares the services; called once per test run. */
    void define(LocalServices services);
}
