package dev.sandboxtests.kubernetes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Kubernetes provider's own configuration of a test class ({@code sandbox.provider=kubernetes}). Put it beside
 * {@code @SandboxTest}; other providers ignore it, so the same class runs wherever {@code sandbox.provider} points.
 *
 * <pre>{@code
 * @SandboxTest(forks = @Fork(value = "pricing", image = "volume-discount"))
 * @KubernetesSandbox(namespace = "shop")
 * @LocalSandbox(Shop.class)
 * class VolumeDiscountTest { ... }
 * }</pre>
 *
 * <p>A fork's own {@code forkOf.namespace} wins over {@link #namespace()}, which wins over the setting
 * {@code sandbox.kubernetes.namespace}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface KubernetesSandbox {

    /** The namespace of the baselines; empty: the setting {@code sandbox.kubernetes.namespace}. */
    String namespace() default "";
}
