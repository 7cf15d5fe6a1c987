package dev.sandboxtests.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against its own sandbox: the services it forks are started for this class, all
 * other services stay shared baseline, and every request the test sends through the injected
 * clients carries the sandbox's routing key.
 *
 * <p>Before the first test the sandbox is created by the configured provider ({@code local} unless
 * the setting {@code sandbox.provider} says otherwise) and awaited until ready; after the last test, or
 * after a failure in {@code @BeforeAll} or a test, it is deleted with everything it created. Test
 * classes may run in parallel, each in its own sandbox.
 *
 * <p>Each provider reads its own configuration from an annotation of its own beside this one (the
 * local provider: {@code @LocalSandbox(Shop.class)}), so one class can carry the configuration of
 * several providers and run on whichever the setting selects.
 *
 * <p>Parameters the extension resolves in tests, {@code @BeforeAll} methods and constructors:
 * <ul>
 *   <li>{@link dev.sandboxtests.provider.Sandbox}, {@link SmartTest} and
 *       {@link dev.sandboxtests.routing.RoutingKey}, always;</li>
 *   <li>types of other libraries only when the parameter carries {@link SandboxService}, so that other
 *       extensions can resolve them elsewhere: a RestAssured {@code RequestSpecification} and a
 *       {@code java.net.URI} here, gRPC channels and stubs with sandbox-grpc.</li>
 * </ul>
 *
 * <pre>{@code
 * @SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule"))
 * @LocalSandbox(Shop.class)
 * class DiscountRuleTest {
 *
 *     @Test
 *     void quotesShowTheDiscount(SmartTest smart) {
 *         BehaviorDiff diff = smart.http("orders", request -> request.get("/orders/quote?sku=A1&qty=3"));
 *
 *         assertThat(diff).hasOnlyChangesAt("/price/discount", "/price/total", "/grandTotal");
 *     }
 *
 *     @Test
 *     void forkedPricingAnswersRoutedRequests(@SandboxService("orders") RequestSpecification orders) {
 *         orders.get("/orders/quote?sku=A1&qty=3").then().body("price.discount", equalTo(300));
 *     }
 * }
 * }</pre>
 *
 * <p>The same sandbox can come from a Signadot-compatible YAML file, {@code @SandboxTest(spec =
 * "sandboxes/pricing.yaml")}; attributes given here override the file's.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SandboxExtension.class)
public @interface SandboxTest {

    /** The sandbox name; default: derived from the test class name. */
    String name() default "";

    /** The services to fork; added to (or replacing per service) the forks of {@link #spec()}. */
    Fork[] forks() default {};

    /**
     * Resources created before the forks start and deleted after the class, such as a temporary database
     * (added to those of the spec file, if any).
     */
    Resource[] resources() default {};

    /** A class path resource with a sandbox spec in YAML, e.g. {@code sandboxes/pricing.yaml}. */
    String spec() default "";

    /**
     * How long the sandbox may take to be ready, e.g. {@code 90s} or {@code 2m}; default: the setting
     * {@code sandbox.ready-timeout} (2m).
     */
    String readyTimeout() default "";

    /** How long the sandbox may outlive a killed test JVM before reapers delete it, e.g. {@code 1h}. */
    String ttl() default "";
}
