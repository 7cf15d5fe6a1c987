package dev.sandboxtests.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the logical service a resolved client or URI points at.
 *
 * <pre>{@code
 * @Test
 * void quote(@SandboxService("orders") RequestSpecification orders, @SandboxService("pricing") URI pricing) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SandboxService {

    /** The logical service, e.g. {@code orders}. */
    String value();
}
