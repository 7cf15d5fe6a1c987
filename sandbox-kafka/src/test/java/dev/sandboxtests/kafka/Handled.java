package dev.sandboxtests.kafka;

import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A handler that remembers what it processed, with the routing key current while it did. */
public final class Handled implements RecordHandler<String, String> {

    /** One processed record: its value, and the key of the context it was processed in. */
    public record Seen(String value, Optional<RoutingKey> contextKey, int size) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Override
    public void handle(ConsumerRecord<String, String> record) {
        String value = record.value();
        seen.add(new Seen(value != null && value.length() > 64 ? value.substring(0, 64) : value,
                RoutingContext.current(), value == null ? 0 : value.length()));
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public List<String> values() {
        return seen.stream().map(Seen::value).toList();
    }

    public boolean contains(String value) {
        return values().contains(value);
    }
}
