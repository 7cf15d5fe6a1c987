package dev.sandboxtests.local;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the embedded local provider ({@code sandbox.provider=local}, the default) runs the sandbox of a
 * test class: the {@link LocalEnvironment} that declares how each service's baseline and fork variants
 * start. Put it beside {@code @SandboxTest}; providers that run on a cluster ignore it, so the same
 * class runs anywhere {@code sandbox.provider} points.
 *
 * <pre>{@code
 * @SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule"))
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
public @interface LocalSandbox {

    /** The environment; it needs a public no-argument constructor. */
    Class<? extends LocalEnvironment> value();
}
