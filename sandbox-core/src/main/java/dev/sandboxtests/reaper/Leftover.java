package dev.sandboxtests.reaper;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Something a test run creates that must not outlive it, described as data so that another process
 * can remove it once the test JVM is gone: a {@linkplain #kind() kind}, which names the
 * {@link LeftoverRemover} that knows how, and the {@linkplain #parameters() parameters} that remover
 * needs to find exactly this resource and nothing else.
 *
 * <pre>{@code
 * Leftover group = Leftover.of("kafka-consumer-group", Map.of("bootstrap", "127.0.0.1:9092", "group", "orders-3f2a"));
 * Leftover child = ProcessTreeRemover.leftover(process.toHandle());   // the built-in kind "process"
 * }</pre>
 *
 * <p>The parameters are written to a file of the registry (see {@link Reaper}): never put a password
 * or token in them; let the remover read those where the test read them.
 *
 * @param kind       lower-case words joined by {@code -}, e.g. {@code process}
 * @param parameters what identifies the resource; kept sorted by name
 */
public record Leftover(String kind, Map<String, String> parameters) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    public Leftover {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Leftover kind '" + kind + "' must be lower-case words joined by '-'");
        }
        parameters = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(parameters, "parameters")));
    }

    /** A leftover of {@code kind} identified by {@code parameters}. */
    public static Leftover of(String kind, Map<String, String> parameters) {
        return new Leftover(kind, parameters);
    }

    /**
     * A parameter a remover needs.
     *
     * @throws IllegalArgumentException if the leftover has no such parameter, naming it and the kind
     */
    public String parameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("A leftover of kind '" + kind + "' needs the parameter '" + name
                    + "'; it has " + parameters.keySet());
        }
        return value;
    }
}
