package dev.sandboxtests.samples.shop.kubernetes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The routing decision of an Istio sidecar for one request, from the {@code http[]} entries of a
 * {@code VirtualService}: the first entry whose {@code match} holds wins (an entry without {@code match} holds for
 * every request); a {@code match} list holds when any of its conditions does, a condition when all of its
 * {@code headers} do; a header matches {@code exact}, {@code prefix} or {@code regex} (a full match, as Envoy's RE2
 * evaluates it). The winner's first {@code route[].destination.host} is where the request goes.
 *
 * <pre>{@code
 * IstioHttpRoutes.destination(http, Map.of("baggage", "sd-routing-key=7r3xyg4bq9rrv4g9"))
 * // Optional[pricing-7r3xyg4bq9rrv4g9.shop.svc.cluster.local]; empty: no entry matched (Istio answers 404)
 * }</pre>
 *
 * <p>Only what sandboxes write and the shop needs is modelled: conditions on anything but headers (uri, port, ...)
 * and weighted splits are refused with a message rather than ignored, so a test never passes on a rule the
 * simulation misread.
 */
final class IstioHttpRoutes {

    private IstioHttpRoutes() {
    }

    /**
     * @param http    the VirtualService's {@code spec.http}
     * @param headers the request's headers, names in lower case, several values joined with {@code ,}
     * @return the destination host of the first matching entry; empty if none matches
     */
    static Optional<String> destination(List<?> http, Map<String, String> headers) {
        for (Object entry : http) {
            Map<?, ?> route = asMap(entry, "an http[] entry");
            if (holds(route.get("match"), headers, route.get("name"))) {
                return Optional.of(destinationHost(route));
            }
        }
        return Optional.empty();
    }

    private static boolean holds(Object match, Map<String, String> headers, Object entryName) {
        if (match == null) {
            return true;
        }
        List<?> conditions = (List<?>) match;
        return conditions.isEmpty() || conditions.stream()
                .anyMatch(condition -> conditionHolds(asMap(condition, "a match[] condition"), headers, entryName));
    }

    private static boolean conditionHolds(Map<?, ?> condition, Map<String, String> headers, Object entryName) {
        for (Object field : condition.keySet()) {
            if (!field.equals("headers") && !field.equals("name")) {
                throw new UnsupportedOperationException("http[] entry '" + entryName + "' matches on '" + field
                        + "'; the simulated mesh matches on headers only. Extend IstioHttpRoutes if a test needs it.");
            }
        }
        Map<?, ?> wanted = condition.get("headers") == null ? Map.of() : asMap(condition.get("headers"), "headers");
        return wanted.entrySet().stream().allMatch(header -> headerMatches(
                headers.get(header.getKey().toString().toLowerCase(Locale.ROOT)), asMap(header.getValue(), "a header match")));
    }

    private static boolean headerMatches(String value, Map<?, ?> rule) {
        if (value == null) {
            return false;
        }
        if (rule.get("exact") != null) {
            return value.equals(rule.get("exact"));
        }
        if (rule.get("prefix") != null) {
            return value.startsWith(rule.get("prefix").toString());
        }
        if (rule.get("regex") != null) {
            return Pattern.compile(rule.get("regex").toString()).matcher(value).matches();
        }
        throw new UnsupportedOperationException("header match " + rule + " has none of exact, prefix, regex");
    }

    private static String destinationHost(Map<?, ?> entry) {
        List<?> destinations = (List<?>) entry.get("route");
        if (destinations == null || destinations.size() != 1) {
            throw new UnsupportedOperationException("http[] entry '" + entry.get("name") + "' has " + entry.get("route")
                    + " as route; the simulated mesh follows entries with exactly one destination (no weighted splits)");
        }
        Map<?, ?> destination = asMap(asMap(destinations.get(0), "a route[] item").get("destination"), "a destination");
        return destination.get("host").toString();
    }

    private static Map<?, ?> asMap(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(what + " of a VirtualService is not an object: " + value);
    }
}
