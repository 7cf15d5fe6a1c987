package dev.sandboxtests.routing;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageBuilder;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing key of the request being handled, kept in the OpenTelemetry {@link Context}.
 *
 * <p>Services attach the key of an incoming request for the time they handle it, and read it
 * when they make outgoing calls. The key is also put in the context's {@link Baggage}, so that
 * OpenTelemetry-instrumented clients (or the OpenTelemetry Java agent) pass it on by themselves.
 *
 * <pre>{@code
 * try (Scope scope = RoutingContext.attachFrom(HeaderLookup.of(exchange.getRequestHeaders()))) {
 *     // ... handle the request; outgoing calls read RoutingContext.current()
 * }
 * }</pre>
 */
public final class RoutingContext {

    private static final ContextKey<RoutingKey> KEY = ContextKey.named("sandbox-routing-key");

    private RoutingContext() {
    }

    /**
     * The key of the current context: the one attached here, or else the {@code sd-routing-key}
     * member of the current OpenTelemetry baggage (set by the agent or other instrumentation).
     * An invalid baggage value counts as no key, since it was not set through this class.
     */
    public static Optional<RoutingKey> current() {
        return from(Context.current());
    }

    /** The key carried by {@code context}, as {@link #current()} reads it. */
    public static Optional<RoutingKey> from(Context context) {
        RoutingKey attached = context.get(KEY);
        if (attached != null) {
            return Optional.of(attached);
        }
        String fromBaggage = Baggage.fromContext(context).getEntryValue(RoutingHeaders.KEY_NAME);
        if (fromBaggage == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RoutingKey.parse(fromBaggage));
        } catch (InvalidRoutingKeyException e) {
            return Optional.empty();
        }
    }

    /**
     * The baggage of the current context as it would go out in a {@code baggage} header, so that
     * outgoing calls keep its other members beside the key ({@link RoutingHeaders#merge}), as
     * instrumented clients pass them on.
     */
    public static HeaderLookup currentBaggage() {
        Map<String, String> injected = new HashMap<>();
        W3CBaggagePropagator.getInstance().inject(Context.current(), injected, Map::put);
        return name -> injected.containsKey(name) ? List.of(injected.get(name)) : List.of();
    }

    /** {@code context} with {@code key} attached and added to its baggage. */
    public static Context with(Context context, RoutingKey key) {
        Baggage baggage = Baggage.fromContext(context).toBuilder()
                .put(RoutingHeaders.KEY_NAME, key.value())
                .build();
        return context.with(KEY, key).with(baggage);
    }

    /** Makes {@code key} current until the returned scope is closed. */
    public static Scope attach(RoutingKey key) {
        return with(Context.current(), key).makeCurrent();
    }

    /**
     * Makes the key of an incoming request current until the scope is closed, together with the
     * request's other baggage members, so that they travel on with the key as OpenTelemetry server
     * instrumentation would pass them on. A request without a key leaves the context as it is (its
     * calls go to baseline).
     *
     * @throws InvalidRoutingKeyException if the request carries a malformed key or two different keys
     *     ({@link RoutingHeaders#extract})
     */
    public static Scope attachFrom(HeaderLookup incoming, RoutingHeaders headers) {
        return fromIncoming(Context.current(), incoming, headers).map(Context::makeCurrent).orElseGet(Scope::noop);
    }

    /**
     * {@code context} with the key of an incoming request and its other baggage members, for
     * frameworks that attach contexts themselves (such as gRPC's per-callback listeners); empty when
     * the request carries no key.
     *
     * @throws InvalidRoutingKeyException if the request carries a malformed key or two different keys
     *     ({@link RoutingHeaders#extract})
     */
    public static Optional<Context> fromIncoming(Context context, HeaderLookup incoming, RoutingHeaders headers) {
        return headers.extract(incoming).map(key -> with(withIncomingBaggage(context, incoming), key));
    }

    /**
     * Makes {@code key}, already read from an incoming request or record, current until the scope is
     * closed, with the other baggage members that {@code incoming} carries: {@link #attachFrom} for a caller
     * that has decided on the key already and need not read it twice.
     */
    public static Scope attach(RoutingKey key, HeaderLookup incoming) {
        return with(withIncomingBaggage(Context.current(), incoming), key).makeCurrent();
    }

    /** {@code context} with the request's baggage members added; members already there with the same name are replaced. */
    private static Context withIncomingBaggage(Context context, HeaderLookup incoming) {
        List<String> values = incoming.values(BaggageFormat.HEADER);
        if (values.isEmpty() || values.size() == 1 && values.get(0).indexOf(',') < 0
                && values.get(0).trim().startsWith(RoutingHeaders.KEY_NAME + "=")) {
            return context; // nothing besides the key, which the caller adds
        }
        Baggage received = BaggageFormat.parse(values);
        if (received.isEmpty()) {
            return context;
        }
        BaggageBuilder merged = Baggage.fromContext(context).toBuilder();
        received.forEach((name, entry) -> merged.put(name, entry.getValue(), entry.getMetadata()));
        return context.with(merged.build());
    }

    /** {@link #attachFrom(HeaderLookup, RoutingHeaders)} with the configured headers. */
    public static Scope attachFrom(HeaderLookup incoming) {
        return attachFrom(incoming, RoutingHeaders.fromConfiguration());
    }
}
