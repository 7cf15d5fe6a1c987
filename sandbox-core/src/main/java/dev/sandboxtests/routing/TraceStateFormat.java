package dev.sandboxtests.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * A member of the W3C {@code tracestate} list, as Signadot's proxies write it
 * ({@code tracestate: sd-routing-key=<key>,other=...}). A member we update moves to the front, as
 * the Trace Context specification asks of a modified entry; other members are kept as they are.
 */
final class TraceStateFormat implements HeaderFormat {

    static final String HEADER = "tracestate";
    /** W3C Trace Context allows at most 32 list members. */
    private static final int MAX_MEMBERS = 32;

    private final String member;

    TraceStateFormat(String member) {
        this.member = member;
    }

    @Override
    public String headerName() {
        return HEADER;
    }

    @Override
    public String write(RoutingKey key, List<String> existing) {
        List<String> members = new ArrayList<>();
        members.add(member + "=" + key.value());
        for (String entry : entries(existing)) {
            if (!isOurs(entry) && members.size() < MAX_MEMBERS) {
                members.add(entry);
            }
        }
        return String.join(",", members);
    }

    /** Every value of our member; one without {@code =} reads as empty, so that it is rejected, not ignored. */
    @Override
    public List<String> read(List<String> values) {
        return entries(values).stream()
                .filter(this::isOurs)
                .map(entry -> entry.indexOf('=') < 0 ? "" : entry.substring(entry.indexOf('=') + 1).trim())
                .toList();
    }

    private boolean isOurs(String entry) {
        int eq = entry.indexOf('=');
        return (eq < 0 ? entry : entry.substring(0, eq)).trim().equals(member);
    }

    private static List<String> entries(List<String> values) {
        List<String> entries = new ArrayList<>();
        for (String value : values) {
            for (String entry : value.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
        }
        return entries;
    }
}
