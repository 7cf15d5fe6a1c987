package dev.sandboxtests.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

/** Records built by hand carry the key of the current context, merged with what they already carry. */
class RoutedRecordsTest {

    private static final RoutingKey KEY = RoutingKey.parse("k3v9x0q2m8a7c1zt");

    @Test
    void aRecordSentWhileARoutedRequestIsHandledCarriesItsKeyInBaggage() {
        ProducerRecord<String, String> record = new ProducerRecord<>("orders", "o-1", "{}");

        ProducerRecord<String, String> routed;
        try (Scope scope = RoutingContext.attach(KEY)) {
            routed = RoutedRecords.propagate(record, RoutingHeaders.defaults());
        }

        assertThat(values(routed.headers(), "baggage")).containsExactly("sd-routing-key=" + KEY);
        assertThat(routed.topic()).isEqualTo("orders");
        assertThat(routed.key()).isEqualTo("o-1");
        assertThat(record.headers().toArray()).as("the original record").isEmpty();
    }

    @Test
    void aRecordSentOutsideARoutedRequestIsLeftAsItIs() {
        ProducerRecord<String, String> record = new ProducerRecord<>("orders", "o-1", "{}");

        assertThat(RoutedRecords.propagate(record, RoutingHeaders.defaults())).isSameAs(record);
    }

    @Test
    void baggageMembersAlreadyOnTheRecordAreKept() {
        ProducerRecord<String, String> record = new ProducerRecord<>("orders", "o-1", "{}");
        record.headers().add("Baggage", "user=alice,tenant=t1;ttl=10".getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));

        ProducerRecord<String, String> routed;
        try (Scope scope = RoutingContext.attach(KEY)) {
            routed = RoutedRecords.propagate(record, RoutingHeaders.defaults());
        }

        assertThat(values(routed.headers(), "baggage")).containsExactly("sd-routing-key=" + KEY + ",user=alice,tenant=t1;ttl=10");
        assertThat(values(routed.headers(), "Baggage")).as("the old header line, replaced").isEmpty();
        assertThat(values(routed.headers(), "content-type")).containsExactly("application/json");
    }

    @Test
    void aRecordWithoutBaggageGetsTheOtherMembersOfTheCurrentBaggage() {
        ProducerRecord<String, String> record = new ProducerRecord<>("orders", "o-1", "{}");

        ProducerRecord<String, String> routed;
        try (Scope baggage = Baggage.current().toBuilder().put("user", "alice").build().makeCurrent();
             Scope key = RoutingContext.attach(KEY)) {
            routed = RoutedRecords.propagate(record, RoutingHeaders.defaults());
        }

        assertThat(values(routed.headers(), "baggage")).containsExactly("sd-routing-key=" + KEY + ",user=alice");
    }

    @Test
    void aKeyTheRecordCarriesAlreadyIsKept() {
        RoutingKey own = RoutingKey.parse("own1");
        ProducerRecord<String, String> record = RoutedRecords.withKey(new ProducerRecord<>("orders", "o-1", "{}"), own,
                RoutingHeaders.defaults());

        try (Scope scope = RoutingContext.attach(KEY)) {
            assertThat(RoutedRecords.propagate(record, RoutingHeaders.defaults())).isSameAs(record);
        }
    }

    @Test
    void aMalformedKeyOnTheRecordIsKeptForConsumersToRefuse() {
        ProducerRecord<String, String> record = new ProducerRecord<>("orders", "o-1", "{}");
        record.headers().add("baggage", "sd-routing-key=NOT-VALID".getBytes(StandardCharsets.UTF_8));

        try (Scope scope = RoutingContext.attach(KEY)) {
            assertThat(RoutedRecords.propagate(record, RoutingHeaders.defaults())).isSameAs(record);
        }
    }

    @Test
    void theSignadotPresetWritesEveryHeaderAndACustomHeaderItsValue() {
        ProducerRecord<String, String> record = new ProducerRecord<>("orders", "o-1", "{}");

        ProducerRecord<String, String> signadot = RoutedRecords.withKey(record, KEY, RoutingHeaders.signadot());
        ProducerRecord<String, String> custom = RoutedRecords.withKey(record, KEY, RoutingHeaders.header("x-routing-key"));

        assertThat(names(signadot.headers())).containsExactly("baggage", "tracestate", "ot-baggage-sd-routing-key",
                "uberctx-sd-routing-key");
        assertThat(values(signadot.headers(), "tracestate")).containsExactly("sd-routing-key=" + KEY);
        assertThat(values(custom.headers(), "x-routing-key")).containsExactly(KEY.value());
        assertThat(RoutedRecords.key(custom.headers(), RoutingHeaders.header("X-Routing-Key"))).contains(KEY);
    }

    @Test
    void theKeyIsReadByTheRuleHttpAndGrpcUse() {
        ProducerRecord<String, String> two = new ProducerRecord<>("orders", "o-1", "{}");
        two.headers().add("baggage", "sd-routing-key=abc123".getBytes(StandardCharsets.UTF_8));
        two.headers().add("BAGGAGE", "sd-routing-key=def456".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, String> none = new ProducerRecord<>("orders", "o-1", "{}");
        none.headers().add("baggage", (byte[]) null);

        assertThatThrownBy(() -> RoutedRecords.key(two.headers(), RoutingHeaders.defaults()))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessage("Header 'baggage' carries two different routing keys, 'abc123' and 'def456'. A request"
                        + " belongs to one sandbox: send one routing key (repeating the same key is fine).");
        assertThat(RoutedRecords.key(none.headers(), RoutingHeaders.defaults())).isEmpty();
    }

    static List<String> values(Headers headers, String name) {
        List<String> values = new ArrayList<>();
        for (Header header : headers.headers(name)) {
            values.add(new String(header.value(), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static List<String> names(Headers headers) {
        List<String> names = new ArrayList<>();
        headers.forEach(header -> names.add(header.key()));
        return names;
    }
}
