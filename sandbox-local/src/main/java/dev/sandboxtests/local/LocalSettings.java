package dev.sandboxtests.local;

import dev.sandboxtests.settings.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The settings of the local provider, read like every setting (JUnit configuration parameter, system
 * property, environment variable; see {@link dev.sandboxtests.settings.SandboxSettings}).
 */
public final class LocalSettings {

    /** {@code sandbox.local.startup-timeout}: how long the shared baselines may take to be ready. */
    public static final Setting<Duration> STARTUP_TIMEOUT = Setting.duration("sandbox.local.startup-timeout",
            "60s", "how long the local provider waits for the shared baselines to be ready");

    /** {@code sandbox.local.log-directory}: where child processes write their output. */
    public static final Setting<Path> LOG_DIRECTORY = Setting.path("sandbox.local.log-directory",
            "target/sandbox-tests/logs", "where the local provider's child processes write their output");

    /** Every setting of the local provider. */
    public static final List<Setting<?>> ALL = List.of(STARTUP_TIMEOUT, LOG_DIRECTORY);

    private LocalSettings() {
    }
}
