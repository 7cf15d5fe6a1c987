package dev.sandboxtests.kafka;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigException;

/**
 * Writes the routing key of the current context into the headers of every record a producer sends,
 * following the rules of {@link RoutedRecords#propagate}: records sent while a routed request or record is
 * handled carry its key on, all others go out unchanged.
 *
 * <pre>{@code
 * props.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, RoutingProducerInterceptor.class.getName());
 * Producer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
 * }</pre>
 *
 * <p>{@code send} runs interceptors in the calling thread, so the context is the caller's. The headers
 * are those of the producer property {@value #HEADERS_CONFIG} when it is set, else of the setting
 * {@code sandbox.routing.headers} ({@link RoutingHeaders#fromConfiguration()}). With the property
 * {@value #KEY_CONFIG} every record carries that key instead, whatever the context (test producers
 * do this).
 */
public final class RoutingProducerInterceptor<K, V> implements ProducerInterceptor<K, V> {

    /**
     * Producer property: which headers carry the key, as {@code sandbox.routing.headers} is written, or a
     * {@link RoutingHeaders} instance.
     */
    public static final String HEADERS_CONFIG = "sandbox.routing.headers";

    /** Producer property: a routing key every record carries, whatever the context. */
    public static final String KEY_CONFIG = "sandbox.routing.key";

    private RoutingHeaders headers = RoutingHeaders.fromConfiguration();
    private RoutingKey fixedKey;

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(HEADERS_CONFIG);
        try {
            if (configured instanceof RoutingHeaders given) {
                headers = given;
            } else if (configured != null) {
                headers = RoutingHeaders.parse(configured.toString());
            }
            Object key = configs.get(KEY_CONFIG);
            fixedKey = key == null || key.toString().isBlank() ? null : RoutingKey.parse(key.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("RoutingProducerInterceptor: " + e.getMessage());
        }
    }

    @Override
    public ProducerRecord<K, V> onSend(ProducerRecord<K, V> record) {
        if (fixedKey == null) {
            return RoutedRecords.propagate(record, headers);
        }
        return RoutedRecords.carriesKey(record.headers(), headers) ? record
                : RoutedRecords.withKey(record, fixedKey, headers);
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }
}
