package dev.sandboxtests.signadot;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxProvider;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.SandboxSpec;
import java.security.SecureRandom;

/**
 * The managed provider ({@code sandbox.provider=signadot}): each sandbox is a Signadot sandbox, created,
 * awaited and deleted through Signadot's REST API; Signadot routes requests by itself, by the routing key
 * it gives the sandbox.
 *
 * <pre>{@code
 * SANDBOX_PROVIDER=signadot SIGNADOT_ORG=acme SIGNADOT_API_KEY=... \
 * SANDBOX_SIGNADOT_CLUSTER=staging SANDBOX_SIGNADOT_ENDPOINT_TEMPLATE='http://{service}.{namespace}.svc:8080' \
 * mvn verify
 * }</pre>
 *
 * <p>A sandbox's name in Signadot is the spec's name with a random suffix ({@code pricing-test-x7k2qd}),
 * so that CI jobs running the same test class at once never replace each other's sandbox. It is
 * registered with the {@link Reaper} while it exists, and carries the spec's TTL, so that a killed test
 * JVM's sandbox is deleted by the reaper's watchdog, or else by Signadot when the TTL runs out.
 * Settings: {@link SignadotSettings}; per test class: {@link SignadotSandbox @SignadotSandbox}.
 */
public final class SignadotSandboxProvider implements SandboxProvider {

    public static final String NAME = "signadot";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SUFFIX_LENGTH = 6;
    private static final int MAX_NAME_LENGTH = 63;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Sandbox create(SandboxSpec spec, ProvisioningContext context) {
        SandboxSettings settings = context.settings();
        SignadotAccount account = SignadotAccount.from(settings);
        SandboxOptions options = SandboxOptions.resolve(context);
        String signadotName = uniqueName(spec.name());
        WireFormat.SandboxRequest request = SpecMapping.toRequest(signadotName, spec, options, context.requester());
        ServiceEndpoints endpoints = ServiceEndpoints.from(settings, spec, options);
        SignadotApi api = new SignadotApi(account, settings.get(SignadotSettings.REQUEST_TIMEOUT),
                settings.get(SignadotSettings.RETRIES), settings.get(SignadotSettings.RETRY_DELAY));
        Reaper.Registration registration = Reaper.forSettings(settings)
                .register(SignadotSandboxRemover.leftover(account.apiUrl(), account.org(), signadotName));
        try {
            WireFormat.SandboxAnswer answer = api.apply(signadotName, request);
            return new SignadotSandboxHandle(spec, signadotName, routingKey(answer, signadotName), context.routingHeaders(),
                    endpoints, api, settings.get(SignadotSettings.POLL_INTERVAL), registration);
        } catch (RuntimeException e) {
            try {
                api.delete(signadotName);
                registration.close();
            } catch (RuntimeException deleting) {
                e.addSuppressed(deleting);
            }
            throw e;
        }
    }

    private static RoutingKey routingKey(WireFormat.SandboxAnswer answer, String signadotName) {
        try {
            return RoutingKey.parse(answer.routingKey());
        } catch (InvalidRoutingKeyException e) {
            throw new SignadotException("Signadot answered sandbox '" + signadotName + "' without a usable routing key: "
                    + e.getMessage(), e);
        }
    }

    /** {@code name} with a random suffix, within an RFC 1123 label's 63 characters. */
    static String uniqueName(String name) {
        StringBuilder suffix = new StringBuilder("-");
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        String base = name.length() + suffix.length() > MAX_NAME_LENGTH
                ? name.substring(0, MAX_NAME_LENGTH - suffix.length()).replaceAll("-+$", "") : name;
        return base + suffix;
    }
}
