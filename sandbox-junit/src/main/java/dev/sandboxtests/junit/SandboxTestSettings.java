package dev.sandboxtests.junit;

import dev.sandboxtests.provider.SandboxProviders;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.settings.Setting;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings {@code @SandboxTest} reads, each a JUnit configuration parameter first
 * ({@code junit-platform.properties}, Surefire's {@code configurationParameters}), then a system
 * property, then an environment variable (see {@link dev.sandboxtests.settings.SandboxSettings}).
 * Providers declare their own (the local provider's {@code LocalSettings}).
 *
 * <pre>{@code
 * # src/test/resources/junit-platform.properties
 * sandbox.provider=local
 * sandbox.ready-timeout=3m
 * sandbox.reports.directory=target/behavioral-diffs
 * }</pre>
 */
public final class SandboxTestSettings {

    /** {@code sandbox.reports.directory}: where each behavioral diff and the run's index are written. */
    public static final Setting<Path> REPORTS_DIRECTORY = Setting.path("sandbox.reports.directory",
            "target/sandbox-tests/diffs", "where each behavioral diff (.html, .json, .txt), the run's index.html and its summary.json are written");

    /** Every setting a {@code @SandboxTest} class reads besides its provider's. */
    public static final List<Setting<?>> ALL = List.of(SandboxProviders.PROVIDER, RoutingHeaders.SETTING,
            SandboxProviders.READY_TIMEOUT, REPORTS_DIRECTORY);

    private SandboxTestSettings() {
    }
}
