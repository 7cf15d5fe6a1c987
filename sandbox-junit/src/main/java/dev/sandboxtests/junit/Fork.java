package dev.sandboxtests.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One forked service of a {@link SandboxTest}; it becomes a {@link dev.sandboxtests.spec.ForkSpec} of
 * the sandbox's spec.
 *
 * <pre>{@code
 * @SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule", env = "DISCOUNT_PERCENT=20"))
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Fork {

    /** The logical service (the baseline's name), e.g. {@code pricing}. */
    String value();

    /** The image the fork runs; on the local provider, the name of a declared fork variant. */
    String image() default "";

    /** Environment customizations as {@code NAME=value}. */
    String[] env() default {};

    /** The baseline's kind on a cluster. */
    String kind() default "Deployment";

    /** The baseline's namespace on a cluster; default: the provider's. */
    String namespace() default "";
}
