package dev.sandboxtests.settings;

import dev.sandboxtests.spec.SpecDurations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One setting of Sandbox Tests: its key, what it does, its default and how its text is read. The
 * module that reads a setting declares it as a constant; {@link SandboxSettings} reads every setting
 * the same way (JUnit configuration parameter, system property, environment variable, default).
 *
 * <pre>{@code
 * static final Setting<Duration> STARTUP_TIMEOUT = Setting.duration("sandbox.local.startup-timeout",
 *         "60s", "how long the local provider waits for baselines to be ready");
 *
 * Duration timeout = context.settings().get(STARTUP_TIMEOUT);
 * }</pre>
 *
 * @param <T> the type of the setting's value
 */
public final class Setting<T> {

    private final String key;
    private final T defaultValue;
    private final String defaultText;
    private final Function<String, T> parser;
    private final String description;

    private Setting(String key, T defaultValue, String defaultText, Function<String, T> parser, String description) {
        if (!key.matches("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("Setting key '" + key + "' must be lower-case words joined by '.' or '-'");
        }
        this.key = key;
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.defaultText = Objects.requireNonNull(defaultText, "defaultText");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** A setting whose value is its text, trimmed. */
    public static Setting<String> text(String key, String defaultValue, String description) {
        return new Setting<>(key, defaultValue, defaultValue, String::trim, description);
    }

    /**
     * A duration written as {@code 30s}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT2M}); the default
     * is written the same way.
     */
    public static Setting<Duration> duration(String key, String defaultValue, String description) {
        return new Setting<>(key, SpecDurations.parse(defaultValue), defaultValue, SpecDurations::parse, description);
    }

    /** A file system path; relative paths are resolved against the working directory when used. */
    public static Setting<Path> path(String key, String defaultValue, String description) {
        return new Setting<>(key, Path.of(defaultValue), defaultValue, text -> Path.of(text.trim()), description);
    }

    /** A switch written {@code true} or {@code false} (in any case). */
    public static Setting<Boolean> flag(String key, boolean defaultValue, String description) {
        return new Setting<>(key, defaultValue, Boolean.toString(defaultValue), Setting::parseFlag, description);
    }

    /**
     * A setting of any type.
     *
     * @param parser turns the text into a value; throws {@link IllegalArgumentException} saying what
     *               is accepted when it cannot
     */
    public static <T> Setting<T> of(String key, T defaultValue, String defaultText, Function<String, T> parser,
            String description) {
        return new Setting<>(key, defaultValue, defaultText, parser, description);
    }

    /** The key of the JUnit configuration parameter and of the system property, e.g. {@code sandbox.provider}. */
    public String key() {
        return key;
    }

    /** The environment variable: the key upper-cased, dots and dashes as underscores, e.g. {@code SANDBOX_PROVIDER}. */
    public String environmentVariable() {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value when nothing sets it. */
    public T defaultValue() {
        return defaultValue;
    }

    /** The default as a user would write it, e.g. {@code 60s}. */
    public String defaultText() {
        return defaultText;
    }

    /** What the setting does, for documentation and messages. */
    public String description() {
        return description;
    }

    /**
     * @throws IllegalArgumentException if {@code text} is not a valid value, saying what is accepted
     */
    T parse(String text) {
        return parser.apply(text);
    }

    private static Boolean parseFlag(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(trimmed);
        }
        throw new IllegalArgumentException("'" + trimmed + "' is neither true nor false");
    }

    @Override
    public String toString() {
        return key;
    }
}
