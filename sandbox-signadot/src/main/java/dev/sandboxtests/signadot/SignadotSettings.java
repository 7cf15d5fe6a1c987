package dev.sandboxtests.signadot;

import dev.sandboxtests.settings.Setting;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The settings of the Signadot provider, read like every setting (JUnit configuration parameter, system
 * property, environment variable; see {@link dev.sandboxtests.settings.SandboxSettings}).
 *
 * <pre>{@code
 * # CI: the key comes from a secret, never from a file in the repository
 * SANDBOX_PROVIDER=signadot SIGNADOT_ORG=acme SIGNADOT_API_KEY=... SANDBOX_SIGNADOT_CLUSTER=staging mvn verify
 * }</pre>
 *
 * <p>Organisation and API key are also read from Signadot's own {@code SIGNADOT_ORG} and
 * {@code SIGNADOT_API_KEY} (the {@link #ORG_FALLBACK} and {@link #API_KEY_FALLBACK} settings), so a machine
 * set up for the {@code signadot} CLI needs nothing more; the {@code sandbox.signadot.*} settings win.
 */
public final class SignadotSettings {

    /** {@code sandbox.signadot.api-url}: where Signadot's REST API is. */
    public static final Setting<URI> API_URL = Setting.of("sandbox.signadot.api-url", URI.create("https://api.signadot.com"),
            "https://api.signadot.com", SignadotSettings::httpUri, "where Signadot's REST API is (its /api/v2 is added)");

    /** {@code sandbox.signadot.org}: the Signadot organisation. */
    public static final Setting<String> ORG = Setting.text("sandbox.signadot.org", "",
            "the Signadot organisation the sandboxes are created in");

    /** {@code signadot.org}, that is Signadot's own {@code SIGNADOT_ORG}: read when {@link #ORG} is not set. */
    public static final Setting<String> ORG_FALLBACK = Setting.text("signadot.org", "",
            "Signadot's own variable for the organisation (SIGNADOT_ORG), read when sandbox.signadot.org is not set");

    /** {@code sandbox.signadot.api-key}: the API key; give it as an environment variable from a secret store. */
    public static final Setting<String> API_KEY = Setting.text("sandbox.signadot.api-key", "",
            "the Signadot API key (sent in the signadot-api-key header, never logged)");

    /** {@code signadot.api-key}, that is Signadot's own {@code SIGNADOT_API_KEY}: read when {@link #API_KEY} is not set. */
    public static final Setting<String> API_KEY_FALLBACK = Setting.text("signadot.api-key", "",
            "Signadot's own variable for the API key (SIGNADOT_API_KEY), read when sandbox.signadot.api-key is not set");

    /** {@code sandbox.signadot.cluster}: the cluster the forks run in; {@code @SignadotSandbox(cluster)} if not set. */
    public static final Setting<String> CLUSTER = Setting.text("sandbox.signadot.cluster", "",
            "the Signadot cluster the forks run in (wins over @SignadotSandbox(cluster))");

    /** {@code sandbox.signadot.namespace}: the namespace of baselines whose fork does not name one. */
    public static final Setting<String> NAMESPACE = Setting.text("sandbox.signadot.namespace", "",
            "the namespace of a fork's baseline when the spec does not name one, and of {namespace} in endpoint"
                    + " templates (wins over @SignadotSandbox(namespace))");

    /** {@code sandbox.signadot.endpoints}: where the tests reach services, {@code service=URI} by commas. */
    public static final Setting<String> ENDPOINTS = Setting.text("sandbox.signadot.endpoints", "",
            "where tests reach services: service=URI pairs separated by commas, e.g."
                    + " orders=http://orders.shop.svc:8080,pricing=http://pricing.shop.svc:8081");

    /** {@code sandbox.signadot.endpoint-template}: where tests reach a service not in {@link #ENDPOINTS}. */
    public static final Setting<String> ENDPOINT_TEMPLATE = Setting.text("sandbox.signadot.endpoint-template", "",
            "where tests reach any service not listed in sandbox.signadot.endpoints, with {service} and {namespace},"
                    + " e.g. http://{service}.{namespace}.svc:8080");

    /** {@code sandbox.signadot.poll-interval}: how often readiness is asked for. */
    public static final Setting<Duration> POLL_INTERVAL = Setting.duration("sandbox.signadot.poll-interval", "2s",
            "how often the provider asks Signadot whether a sandbox is ready");

    /** {@code sandbox.signadot.request-timeout}: how long one REST call may take. */
    public static final Setting<Duration> REQUEST_TIMEOUT = Setting.duration("sandbox.signadot.request-timeout", "30s",
            "how long one call of Signadot's API may take");

    /** {@code sandbox.signadot.retries}: how often a call is retried after a 5xx answer or a connection error. */
    public static final Setting<Integer> RETRIES = Setting.of("sandbox.signadot.retries", 4, "4",
            SignadotSettings::retries, "how often a call of Signadot's API is retried after a 5xx answer or a connection"
                    + " error (never after a 4xx)");

    /** {@code sandbox.signadot.retry-delay}: the first delay between retries; it doubles, up to 30 times as long. */
    public static final Setting<Duration> RETRY_DELAY = Setting.duration("sandbox.signadot.retry-delay", "1s",
            "the delay before the first retry; each further one waits twice as long, up to 30 times the first");

    /** Every setting of the Signadot provider. */
    public static final List<Setting<?>> ALL = List.of(API_URL, ORG, ORG_FALLBACK, API_KEY, API_KEY_FALLBACK, CLUSTER,
            NAMESPACE, ENDPOINTS, ENDPOINT_TEMPLATE, POLL_INTERVAL, REQUEST_TIMEOUT, RETRIES, RETRY_DELAY);

    private SignadotSettings() {
    }

    private static URI httpUri(String text) {
        URI uri;
        try {
            uri = URI.create(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a URI; write e.g. https://api.signadot.com");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not an http(s) URI; write e.g. https://api.signadot.com");
        }
        return uri;
    }

    private static Integer retries(String text) {
        try {
            int retries = Integer.parseInt(text.trim());
            if (retries >= 0 && retries <= 20) {
                return retries;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + text.trim() + "' is not a number of retries from 0 to 20");
    }
}
