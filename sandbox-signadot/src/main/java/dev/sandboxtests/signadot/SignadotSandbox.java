package dev.sandboxtests.signadot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the Signadot provider ({@code sandbox.provider=signadot}) makes the sandbox of a test class: the
 * cluster its forks run in, the namespace of their baselines, and what Signadot's dashboard shows about
 * it. Put it beside {@code @SandboxTest}; other providers ignore it, so the same class runs anywhere
 * {@code sandbox.provider} points. Settings win over it where both say something (a CI job names its
 * cluster with {@code SANDBOX_SIGNADOT_CLUSTER}).
 *
 * <pre>{@code
 * @SandboxTest(forks = @Fork(value = "pricing", image = "registry.example.com/pricing:pr-42"))
 * @SignadotSandbox(cluster = "staging", namespace = "shop", labels = "team=checkout",
 *         description = "volume discount, PR 42")
 * @LocalSandbox(Shop.class)
 * class VolumeDiscountTest { ... }
 * }</pre>
 *
 * <p>It can also sit on a composed annotation that carries {@code @SandboxTest} too, or on the class
 * given to a {@link dev.sandboxtests.provider.SandboxSession}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SignadotSandbox {

    /** The Signadot cluster the forks run in; {@code sandbox.signadot.cluster} wins over it. */
    String cluster() default "";

    /** The namespace of baselines whose fork does not name one; {@code sandbox.signadot.namespace} wins over it. */
    String namespace() default "";

    /** Labels put on the sandbox, each {@code key=value}, beside the spec's own (which win). */
    String[] labels() default {};

    /** The sandbox's description in Signadot; empty means one naming the test class. */
    String description() default "";
}
