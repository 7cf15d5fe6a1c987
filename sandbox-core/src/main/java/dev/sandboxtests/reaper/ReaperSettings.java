package dev.sandboxtests.reaper;

import dev.sandboxtests.settings.Setting;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings of the {@link Reaper}, read like every setting (JUnit configuration parameter, system
 * property, environment variable; see {@link dev.sandboxtests.settings.SandboxSettings}).
 *
 * <pre>{@code
 * # src/test/resources/junit-platform.properties, where extra processes are not allowed
 * sandbox.reaper.enabled=false
 * }</pre>
 */
public final class ReaperSettings {

    /** {@code sandbox.reaper.enabled}: whether a watchdog removes what a killed test JVM left. */
    public static final Setting<Boolean> ENABLED = Setting.flag("sandbox.reaper.enabled", true,
            "whether a watchdog process removes what a test JVM started (child processes, ...) when the JVM is killed;"
                    + " turn it off where extra processes are not allowed");

    /** {@code sandbox.reaper.directory}: where what each test JVM starts is registered. */
    public static final Setting<Path> DIRECTORY = Setting.path("sandbox.reaper.directory",
            "target/sandbox-tests/reaper", "where the reaper registers what each test JVM starts; a run removes"
                    + " what earlier runs that used the same directory left");

    /** Every setting of the reaper. */
    public static final List<Setting<?>> ALL = List.of(ENABLED, DIRECTORY);

    private ReaperSettings() {
    }
}
