package dev.sandboxtests.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource of a {@link SandboxTest}'s sandbox — a temporary database, say — created before its forks
 * start and deleted after the class; it becomes a {@link dev.sandboxtests.spec.ResourceSpec} of the
 * sandbox's spec. The forks get its outputs as environment variables ({@code ORDERS_DB_JDBC_URL} for
 * output {@code jdbc-url} of resource {@code orders-db}).
 *
 * <pre>{@code
 * @SandboxTest(forks = @Fork(value = "orders", image = "gift-wrap"),
 *         resources = @Resource(name = "orders-db", plugin = "postgres-database",
 *                 params = {"template=orders_seed", "migrations=classpath:db/orders-fork"}))
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Resource {

    /** The resource's name in the sandbox: lowercase letters, digits and '-'. */
    String name();

    /** The resource plugin that creates it ({@code postgres-database} from sandbox-postgres). */
    String plugin();

    /** The plugin's parameters as {@code name=value}. */
    String[] params() default {};
}
