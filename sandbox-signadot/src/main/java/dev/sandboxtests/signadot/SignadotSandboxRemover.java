package dev.sandboxtests.signadot;

import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.LeftoverRemover;
import dev.sandboxtests.settings.SandboxSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The reaper's kind {@value #KIND}: a Signadot sandbox that a killed test JVM could not delete. The
 * leftover names the API, the organisation and the sandbox, and never the API key: the watchdog
 * that runs this remover reads the key from its own environment ({@code SANDBOX_SIGNADOT_API_KEY} or
 * {@code SIGNADOT_API_KEY}), which it inherits from the test JVM. A key given only as a JUnit
 * configuration parameter or a system property does not reach it; the sandbox's TTL deletes it then.
 *
 * <pre>{@code
 * Reaper.Registration registration = Reaper.forSettings(settings)
 *         .register(SignadotSandboxRemover.leftover(URI.create("https://api.signadot.com"), "acme", "pricing-x7k2qd"));
 * }</pre>
 */
public final class SignadotSandboxRemover implements LeftoverRemover {

    /** The kind of a Signadot sandbox: {@value}. */
    public static final String KIND = "signadot-sandbox";

    static final String API_URL = "api-url";
    static final String ORG = "org";
    static final String NAME = "name";

    private final SandboxSettings settings;

    /** For {@link java.util.ServiceLoader}: reads the API key from system properties and the environment. */
    public SignadotSandboxRemover() {
        this(SandboxSettings.fromSystem());
    }

    SignadotSandboxRemover(SandboxSettings settings) {
        this.settings = settings;
    }

    /** The sandbox {@code name} of organisation {@code org} at {@code apiUrl}. */
    public static Leftover leftover(URI apiUrl, String org, String name) {
        return Leftover.of(KIND, Map.of(API_URL, apiUrl.toString(), ORG, org, NAME, name));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Deletes the sandbox; one Signadot no longer has is fine. */
    @Override
    public void remove(Leftover leftover) {
        SignadotAccount account = new SignadotAccount(URI.create(leftover.parameter(API_URL)), leftover.parameter(ORG),
                SignadotAccount.apiKey(settings));
        new SignadotApi(account, Duration.ofSeconds(20), 2, Duration.ofSeconds(1)).delete(leftover.parameter(NAME));
    }
}
