package dev.sandboxtests.routing;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The W3C {@code baggage} header, read through OpenTelemetry's {@link W3CBaggagePropagator}, so that
 * percent-encoding is decoded exactly as instrumented services decode it. Reading finds every occurrence
 * of our member, however malformed; writing puts our member first and copies the members other tools put
 * there as received.
 */
final class BaggageFormat implements HeaderFormat {

    static final String HEADER = "baggage";

    private static final TextMapGetter<List<String>> JOINED_VALUES = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(List<String> values) {
            return List.of(HEADER);
        }

        @Override
        public String get(List<String> values, String name) {
            // RFC 9110: several header lines of a list-valued header are one comma-separated list.
            return values == null || values.isEmpty() || !HEADER.equals(name) ? null : String.join(",", values);
        }
    };

    private final String member;

    BaggageFormat(String member) {
        this.member = member;
    }

    @Override
    public String headerName() {
        return HEADER;
    }

    @Override
    public String write(RoutingKey key, List<String> existing) {
        // Other members are copied, not re-encoded: OpenTelemetry's injector percent-encodes their
        // properties (opentelemetry-java#6771), which W3C-compliant services would then misread.
        // A key needs no encoding, and commas never occur unencoded inside a member.
        StringJoiner members = new StringJoiner(",");
        members.add(member + "=" + key.value());
        for (String value : existing) {
            for (String entry : value.split(",")) {
                String trimmed = entry.trim();
                if (!trimmed.isEmpty() && isHeaderText(trimmed) && !memberName(trimmed).equals(member)) {
                    members.add(trimmed);
                }
            }
        }
        return members.toString();
    }

    /**
     * Every occurrence of our member, in every header line: OpenTelemetry's baggage keeps only the last
     * one and silently drops a malformed one (an empty value, a space, a non-ASCII character), which
     * would route a request meant for a fork to baseline. Each member is decoded on its own by
     * OpenTelemetry; one it drops is returned as received, for the key check to name its problem.
     */
    @Override
    public List<String> read(List<String> values) {
        List<String> found = new ArrayList<>();
        for (String value : values) {
            for (String entry : value.split(",")) {
                String trimmed = entry.trim();
                if (memberName(trimmed).equals(member)) {
                    found.add(decode(trimmed));
                }
            }
        }
        return found;
    }

    /**
     * The member's value: as written when it holds only what a key may hold (a consumer reads this for
     * every record, and no decoding can change such a value), else as OpenTelemetry decodes it, else as
     * received for the key check to name its problem.
     */
    private String decode(String entry) {
        String raw = rawValue(entry);
        if (!raw.isEmpty() && raw.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            return raw;
        }
        String decoded = parse(List.of(entry)).getEntryValue(member);
        return decoded != null ? decoded : raw;
    }

    /** What comes between the member's {@code =} and its properties, trimmed; empty if it has no {@code =}. */
    private static String rawValue(String entry) {
        int equals = entry.indexOf('=');
        int properties = entry.indexOf(';');
        if (equals < 0 || (properties >= 0 && properties < equals)) {
            return "";
        }
        return entry.substring(equals + 1, properties > equals ? properties : entry.length()).trim();
    }

    /** Printable ASCII, space and tab only: what W3C baggage allows, and never a line break. */
    private static boolean isHeaderText(String entry) {
        return entry.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f));
    }

    /** The member's key: what comes before its {@code =} (or before its properties if it has no value). */
    private static String memberName(String entry) {
        int end = entry.length();
        for (char separator : new char[] {'=', ';'}) {
            int at = entry.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return entry.substring(0, end).trim();
    }

    /** The baggage of these header values; several header lines count as one list. */
    static Baggage parse(List<String> values) {
        Context context = W3CBaggagePropagator.getInstance().extract(Context.root(), values, JOINED_VALUES);
        return Baggage.fromContext(context);
    }
}
