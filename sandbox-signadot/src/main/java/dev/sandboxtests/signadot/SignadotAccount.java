package dev.sandboxtests.signadot;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.settings.Setting;
import java.net.URI;

/**
 * Where and as whom the provider calls Signadot: the API's address, the organisation and the API key,
 * read from the settings ({@code sandbox.signadot.*}, else Signadot's own {@code SIGNADOT_ORG} and
 * {@code SIGNADOT_API_KEY}).
 *
 * @param apiUrl the API's address, without {@code /api/v2}
 * @param org    the organisation's name
 * @param apiKey the API key, hidden from {@link #toString()}
 */
record SignadotAccount(URI apiUrl, String org, ApiKey apiKey) {

    /**
     * @throws SandboxConfigurationException if the organisation or the API key is not set, naming the
     *         settings and environment variables that set it
     */
    static SignadotAccount from(SandboxSettings settings) {
        String org = firstSet(settings, SignadotSettings.ORG, SignadotSettings.ORG_FALLBACK, "organisation");
        String key = firstSet(settings, SignadotSettings.API_KEY, SignadotSettings.API_KEY_FALLBACK, "API key");
        return new SignadotAccount(settings.get(SignadotSettings.API_URL), org, new ApiKey(key));
    }

    /** The API key from the settings, for removers, which get everything else from their leftover. */
    static ApiKey apiKey(SandboxSettings settings) {
        return new ApiKey(firstSet(settings, SignadotSettings.API_KEY, SignadotSettings.API_KEY_FALLBACK, "API key"));
    }

    private static String firstSet(SandboxSettings settings, Setting<String> setting, Setting<String> fallback, String what) {
        String value = settings.get(setting);
        if (value.isEmpty()) {
            value = settings.get(fallback);
        }
        if (value.isEmpty()) {
            throw new SandboxConfigurationException("The Signadot provider needs the " + what + ": set "
                    + setting.environmentVariable() + " or " + fallback.environmentVariable() + " in the environment"
                    + " (or the JUnit configuration parameter / system property " + setting.key() + ").");
        }
        return value;
    }
}
