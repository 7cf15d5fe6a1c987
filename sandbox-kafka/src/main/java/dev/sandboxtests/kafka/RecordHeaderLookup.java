package dev.sandboxtests.kafka;

import dev.sandboxtests.routing.HeaderLookup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Kafka record headers as routing headers: names compared case-insensitively (as {@link HeaderLookup}
 * requires; Kafka's own are case-sensitive), values read as UTF-8, a header without a value read as empty.
 */
final class RecordHeaderLookup {

    private RecordHeaderLookup() {
    }

    static HeaderLookup of(Headers headers) {
        if (headers == null) {
            return HeaderLookup.none();
        }
        return name -> {
            List<String> values = new ArrayList<>();
            for (Header header : headers) {
                if (header.key() != null && header.key().equalsIgnoreCase(name)) {
                    values.add(header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
                }
            }
            return values;
        };
    }

    /** A copy of {@code original} with each header of {@code toSet} replaced by its one new value. */
    static Headers replacing(Headers original, Map<String, String> toSet) {
        RecordHeaders copy = new RecordHeaders();
        if (original != null) {
            for (Header header : original) {
                if (toSet.keySet().stream().noneMatch(name -> name.equalsIgnoreCase(header.key()))) {
                    copy.add(header);
                }
            }
        }
        toSet.forEach((name, value) -> copy.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return copy;
    }
}
