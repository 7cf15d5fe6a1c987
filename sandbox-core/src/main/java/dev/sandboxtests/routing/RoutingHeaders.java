package dev.sandboxtests.routing;

import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.settings.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which request headers carry the routing key, and how.
 *
 * <p>The default is the W3C {@code baggage} member {@code sd-routing-key=<key>}, which
 * OpenTelemetry-instrumented services pass on with no code and which Signadot-instrumented clusters
 * understand. Values are merged with what a request already carries: baggage members and
 * {@code tracestate} entries set by other tools are kept.
 *
 * <pre>{@code
 * RoutingHeaders headers = RoutingHeaders.defaults();            // baggage: sd-routing-key=<key>
 * RoutingHeaders compat  = RoutingHeaders.signadot();            // + tracestate, ot-baggage-, uberctx-
 * RoutingHeaders custom  = RoutingHeaders.header("x-routing-key");
 *
 * Map<String, String> toSet = headers.merge(key, HeaderLookup.of(request.headers()));
 * Optional<RoutingKey> key  = headers.extract(HeaderLookup.of(incoming.headers()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoutingHeaders {

    /** The baggage member, {@code tracestate} member and header suffix that carry the key. */
    public static final String KEY_NAME = "sd-routing-key";

    private static final RoutingHeaders DEFAULTS = new RoutingHeaders(List.of(new BaggageFormat(KEY_NAME)));

    /**
     * The setting {@code sandbox.routing.headers} ({@code SANDBOX_ROUTING_HEADERS}): a comma-separated
     * list of {@code baggage}, {@code signadot} and {@code header:<name>}; default {@code baggage}.
     */
    public static final Setting<RoutingHeaders> SETTING = Setting.of("sandbox.routing.headers", DEFAULTS, "baggage",
            RoutingHeaders::parse, "which headers carry the routing key: a comma-separated list of baggage,"
                    + " signadot (baggage, tracestate, ot-baggage-, uberctx-) and header:<name>");

    private final List<HeaderFormat> formats;

    private RoutingHeaders(List<HeaderFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The W3C {@code baggage} member {@code sd-routing-key}. */
    public static RoutingHeaders defaults() {
        return DEFAULTS;
    }

    /**
     * Every header Signadot's proxies set: {@code baggage}, {@code tracestate},
     * {@code ot-baggage-sd-routing-key} and {@code uberctx-sd-routing-key}, for services traced with
     * OpenTelemetry, OpenTracing or Jaeger clients.
     */
    public static RoutingHeaders signadot() {
        return new RoutingHeaders(List.of(
                new BaggageFormat(KEY_NAME),
                new TraceStateFormat(KEY_NAME),
                new PlainHeaderFormat("ot-baggage-" + KEY_NAME),
                new PlainHeaderFormat("uberctx-" + KEY_NAME)));
    }

    /** A header of your own whose value is the key, e.g. {@code x-routing-key}. */
    public static RoutingHeaders header(String name) {
        return new RoutingHeaders(List.of(new PlainHeaderFormat(name)));
    }

    /** These headers and {@code other}'s, each header once. */
    public RoutingHeaders and(RoutingHeaders other) {
        Map<String, HeaderFormat> byName = new LinkedHashMap<>();
        formats.forEach(f -> byName.putIfAbsent(f.headerName(), f));
        other.formats.forEach(f -> byName.putIfAbsent(f.headerName(), f));
        return new RoutingHeaders(new ArrayList<>(byName.values()));
    }

    /**
     * Reads a configuration value: a comma-separated list of {@code baggage}, {@code signadot} and
     * {@code header:<name>}. Blank means {@link #defaults()}.
     *
     * @throws IllegalArgumentException naming the unknown entry and the accepted forms
     */
    public static RoutingHeaders parse(String configuration) {
        if (configuration == null || configuration.isBlank()) {
            return defaults();
        }
        // Services read the setting per request: parse a configuration value once, not every time.
        Parsed last = lastParsed;
        if (last != null && last.configuration.equals(configuration)) {
            return last.headers;
        }
        RoutingHeaders headers = parseEntries(configuration);
        lastParsed = new Parsed(configuration, headers);
        return headers;
    }

    private record Parsed(String configuration, RoutingHeaders headers) {
    }

    private static volatile Parsed lastParsed;

    private static RoutingHeaders parseEntries(String configuration) {
        RoutingHeaders result = null;
        for (String entry : configuration.split(",")) {
            String item = entry.trim();
            RoutingHeaders next;
            if (item.equalsIgnoreCase("baggage")) {
                next = defaults();
            } else if (item.equalsIgnoreCase("signadot")) {
                next = signadot();
            } else if (item.toLowerCase(Locale.ROOT).startsWith("header:")) {
                next = header(item.substring("header:".length()).trim());
            } else {
                throw new IllegalArgumentException("Unknown routing header setting '" + item + "' in '" + configuration
                        + "'. Use a comma-separated list of: baggage, signadot, header:<name>");
            }
            result = result == null ? next : result.and(next);
        }
        return result;
    }

    /**
     * The headers chosen by the setting {@link #SETTING} as a service sees it: system property
     * {@code sandbox.routing.headers}, else environment variable {@code SANDBOX_ROUTING_HEADERS}, else
     * {@link #defaults()}.
     *
     * @throws dev.sandboxtests.settings.InvalidSettingException if the setting names an unknown header form
     */
    public static RoutingHeaders fromConfiguration() {
        return from(SandboxSettings.fromSystem());
    }

    /** The headers chosen by the setting {@link #SETTING} in {@code settings}. */
    public static RoutingHeaders from(SandboxSettings settings) {
        return settings.get(SETTING);
    }

    /**
     * The header values to set on a request so that it carries {@code key}, merged with the values
     * the request already has. Callers replace each named header with the returned value.
     */
    public Map<String, String> merge(RoutingKey key, HeaderLookup existing) {
        Map<String, String> toSet = new LinkedHashMap<>();
        for (HeaderFormat format : formats) {
            toSet.put(format.headerName(), format.write(key, existing.values(format.headerName())));
        }
        return Collections.unmodifiableMap(toSet);
    }

    /** The header values that carry {@code key} on a request that has no routing headers yet. */
    public Map<String, String> headersFor(RoutingKey key) {
        return merge(key, HeaderLookup.none());
    }

    /**
     * The routing key a request carries, read from every one of these headers.
     *
     * <p>The rule, the same for every carrier (HTTP, gRPC metadata, message headers): a request carries
     * one routing key or none. A routing header that is present but holds a malformed key (empty, too
     * long, any character but {@code a-z} and {@code 0-9}, such as a space, an upper-case or a non-ASCII
     * letter) is an error, and so are two different keys, whether in two lines of one header, twice in one
     * header, or in two of these headers: such a request cannot say which sandbox it belongs to, and
     * sending it to baseline would let a test that believes it talks to its fork talk to baseline. The same
     * key repeated (say in {@code baggage} and {@code tracestate} under the Signadot preset) is one key.
     * Members of other tools in the same headers are not checked. A well-formed key of no sandbox is a
     * key like any other: routers send it to baseline.
     *
     * @return the key, or empty if none of these headers carries one
     * @throws InvalidRoutingKeyException naming the header (or the two headers) and the problem: a
     *     malformed key, or two different keys
     */
    public Optional<RoutingKey> extract(HeaderLookup headers) {
        RoutingKey found = null;
        String foundIn = null;
        for (HeaderFormat format : formats) {
            String name = format.headerName();
            for (String raw : format.read(headers.values(name))) {
                RoutingKey key = parseIn(name, raw);
                if (found == null) {
                    found = key;
                    foundIn = name;
                } else if (!found.equals(key)) {
                    String where = foundIn.equals(name) ? "Header '" + name + "' carries"
                            : "Headers '" + foundIn + "' and '" + name + "' carry";
                    throw new InvalidRoutingKeyException(where + " two different routing keys, '" + found + "' and '" + key
                            + "'. A request belongs to one sandbox: send one routing key (repeating the same key is fine).");
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static RoutingKey parseIn(String headerName, String raw) {
        try {
            return RoutingKey.parse(raw);
        } catch (InvalidRoutingKeyException e) {
            throw new InvalidRoutingKeyException("Header '" + headerName + "': " + e.getMessage());
        }
    }

    /** The lower-case names of the headers written and read, in the order {@link #extract} reads them. */
    public List<String> headerNames() {
        return formats.stream().map(HeaderFormat::headerName).toList();
    }

    @Override
    public String toString() {
        return "RoutingHeaders" + formats.stream().map(HeaderFormat::headerName).toList();
    }
}
