package dev.sandboxtests.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resource a sandbox needs besides its forks, in the shape of Signadot's sandbox spec
 * ({@code resources[]: {name, plugin, params}}): created before the forks start, deleted when the
 * sandbox closes. The {@linkplain dev.sandboxtests.resources.ResourcePlugin plugin} named here does the work.
 *
 * <pre>{@code
 * ResourceSpec database = ResourceSpec.of("orders-db", "postgres-database",
 *         Map.of("template", "orders_seed", "migrations", "classpath:db/fork"));
 * }</pre>
 *
 * @param name   the resource's name in the sandbox: lowercase letters, digits and '-' (it names the
 *               outputs the forks get, see {@link dev.sandboxtests.resources.ResourceOutputs})
 * @param plugin the {@link dev.sandboxtests.resources.ResourcePlugin#name()} that creates it
 * @param params what the plugin needs, as text; the plugin says which it reads
 * @see SandboxSpec#resources()
 */
public record ResourceSpec(String name, String plugin, Map<String, String> params) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    public ResourceSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("resource name '" + name + "' is not valid: use at most 63 lowercase"
                    + " letters, digits and '-', starting and ending with a letter or digit");
        }
        if (plugin == null || plugin.isBlank()) {
            throw new IllegalArgumentException("resource '" + name + "' names no plugin: say which creates it"
                    + " (plugin: postgres-database, say)");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        (params == null ? Map.<String, String>of() : params).forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, "a parameter name of resource '" + name + "'"),
                Objects.requireNonNull(value, "parameter '" + key + "' of resource '" + name + "'")));
        params = Collections.unmodifiableMap(copy);
    }

    /** A resource with these parameters. */
    public static ResourceSpec of(String name, String plugin, Map<String, String> params) {
        return new ResourceSpec(name, plugin, params);
    }

    /** The parameter's value, if given. */
    public Optional<String> param(String key) {
        return Optional.ofNullable(params.get(key));
    }
}
