package dev.sandboxtests.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The precedence every setting is read with. Each test uses a key of its own, so the system
 * properties it sets touch no other test.
 */
class SandboxSettingsTest {

    private final String key = "sandbox.test." + UUID.randomUUID().toString().substring(0, 8);
    private final Setting<Duration> timeout = Setting.duration(key, "60s", "how long the test waits");

    @AfterEach
    void clearProperty() {
        System.clearProperty(key);
    }

    @Test
    void aConfigurationParameterWinsOverSystemPropertyAndEnvironment() {
        System.setProperty(key, "2m");
        SandboxSettings settings = SandboxSettings.withParameters(Map.of(key, "90s"))
                .withEnvironment(Map.of(timeout.environmentVariable(), "3h"));

        assertThat(settings.get(timeout)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        System.setProperty(key, "2m");
        SandboxSettings settings = SandboxSettings.withParameters(Map.of())
                .withEnvironment(Map.of(timeout.environmentVariable(), "3h"));

        assertThat(settings.get(timeout)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theEnvironmentVariableIsTheKeyInUpperCaseWithUnderscores() {
        Setting<Path> logs = Setting.path("sandbox.local.log-directory", "target/logs", "where logs go");
        SandboxSettings settings = SandboxSettings.fromSystem()
                .withEnvironment(Map.of("SANDBOX_LOCAL_LOG_DIRECTORY", "/tmp/logs"));

        assertThat(logs.environmentVariable()).isEqualTo("SANDBOX_LOCAL_LOG_DIRECTORY");
        assertThat(settings.get(logs)).isEqualTo(Path.of("/tmp/logs"));
    }

    @Test
    void withNothingSetTheDefaultApplies() {
        SandboxSettings settings = SandboxSettings.fromSystem().withEnvironment(Map.of());

        assertThat(settings.get(timeout)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.isSet(timeout)).isFalse();
        assertThat(timeout.defaultText()).isEqualTo("60s");
    }

    @Test
    void blankValuesCountAsUnset() {
        System.setProperty(key, "  ");
        SandboxSettings settings = SandboxSettings.withParameters(Map.of(key, ""))
                .withEnvironment(Map.of(timeout.environmentVariable(), "5s"));

        assertThat(settings.get(timeout)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anInvalidValueNamesTheSettingWhereItWasGivenAndWhatIsAccepted() {
        SandboxSettings settings = SandboxSettings.fromSystem()
                .withEnvironment(Map.of(timeout.environmentVariable(), "soon"));

        assertThatThrownBy(() -> settings.get(timeout))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Setting " + key + " ('soon', from environment variable " + timeout.environmentVariable()
                        + ") is invalid: 'soon' is not a duration: write a number and a unit (30s, 10m, 2h, 1d, 1w)"
                        + " or ISO-8601 (PT10M). It sets how long the test waits; default: 60s.");
    }

    @Test
    void aFlagIsTrueOrFalseInAnyCaseAndNothingElse() {
        Setting<Boolean> enabled = Setting.flag(key, true, "whether the test runs");

        assertThat(SandboxSettings.withParameters(Map.of(key, " FALSE ")).get(enabled)).isFalse();
        assertThat(SandboxSettings.withParameters(Map.of()).withEnvironment(Map.of()).get(enabled)).isTrue();
        assertThat(enabled.defaultText()).isEqualTo("true");
        assertThatThrownBy(() -> SandboxSettings.withParameters(Map.of(key, "no")).get(enabled))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("is invalid: 'no' is neither true nor false");
    }

    @Test
    void keysAreLowerCaseWordsSoThatTheirEnvironmentVariableIsObvious() {
        assertThatThrownBy(() -> Setting.text("Sandbox.Provider", "local", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case words");
    }
}
