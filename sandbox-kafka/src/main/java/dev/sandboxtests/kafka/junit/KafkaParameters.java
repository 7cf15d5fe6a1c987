package dev.sandboxtests.kafka.junit;

import dev.sandboxtests.junit.spi.SandboxParameter;
import dev.sandboxtests.junit.spi.SandboxParameterResolver;
import dev.sandboxtests.kafka.RoutingProducerInterceptor;
import dev.sandboxtests.provider.Sandbox;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Kafka parameters for {@code @SandboxTest} classes:
 * <ul>
 *   <li>{@link KafkaTestBroker}: the run's broker (ours, so no annotation is needed);</li>
 *   <li>{@code @SandboxService("shipping") Producer<K, V>} (or {@code KafkaProducer<K, V>}): a producer on that
 *       broker whose every record carries the sandbox's routing key, so that the sandbox's fork of the consuming
 *       service processes it and baseline skips it. The service names who consumes the records; the producer
 *       is shared by the tests of the class (one per key and value type) and closed with the sandbox. Keys and
 *       values of {@code String}, {@code byte[]}, {@code Integer}, {@code Long}, {@code Double}, {@code UUID},
 *       {@code Bytes} or {@code ByteBuffer} are serialized by Kafka's own serializers.</li>
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void theForkShipsTheTestsOrder(@SandboxService("shipping") Producer<String, String> orders) throws Exception {
 *     orders.send(new ProducerRecord<>("order-placed", "o-1", "{\"sku\":\"A1\"}")).get();
 * }
 * }</pre>
 *
 * <p>Do not close these producers in a test: later tests of the class share them.
 */
public final class KafkaParameters implements SandboxParameterResolver {

    @Override
    public boolean supports(SandboxParameter parameter) {
        Class<?> type = parameter.type();
        if (type == KafkaTestBroker.class) {
            return true;
        }
        return (type == Producer.class || type == KafkaProducer.class) && parameter.namedService().isPresent();
    }

    @Override
    public Object resolve(SandboxParameter parameter) {
        KafkaTestBroker broker = broker(parameter);
        if (parameter.type() == KafkaTestBroker.class) {
            return broker;
        }
        parameter.service(); // the named service must be one of the sandbox's
        Type[] types = typeArguments(parameter);
        Serializer<?> keys = serializer(types[0], "key", parameter);
        Serializer<?> values = serializer(types[1], "value", parameter);
        Sandbox sandbox = parameter.sandbox();
        String key = "kafka-producer:" + types[0].getTypeName() + "," + types[1].getTypeName();
        return parameter.shared(key, KafkaProducer.class, () -> producer(broker, sandbox, keys, values));
    }

    /** The run's broker, held in the run's root store until the run ends. */
    static KafkaTestBroker broker(SandboxParameter parameter) {
        return parameter.sharedByRun(SharedBroker.STORE_KEY, SharedBroker.Lease.class,
                () -> SharedBroker.JVM.lease(parameter.settings())).broker();
    }

    private static KafkaProducer<?, ?> producer(KafkaTestBroker broker, Sandbox sandbox, Serializer<?> keys,
            Serializer<?> values) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, RoutingProducerInterceptor.class.getName());
        properties.put(RoutingProducerInterceptor.KEY_CONFIG, sandbox.routingKey().value());
        properties.put(RoutingProducerInterceptor.HEADERS_CONFIG, sandbox.routingHeaders());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(properties, keys, values);
    }

    private static Type[] typeArguments(SandboxParameter parameter) {
        Type type = parameter.parameter().getParameterizedType();
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 2) {
            return parameterized.getActualTypeArguments();
        }
        throw new ParameterResolutionException("Parameter '" + parameter.parameter().getName() + "' is a raw "
                + parameter.type().getSimpleName() + ": declare its key and value types, e.g. Producer<String, String>,"
                + " so that their serializers can be chosen.");
    }

    private static Serializer<?> serializer(Type type, String what, SandboxParameter parameter) {
        if (type instanceof Class<?> cls) {
            try {
                return Serdes.serdeFrom(cls).serializer();
            } catch (IllegalArgumentException unknown) {
                // named below
            }
        }
        throw new ParameterResolutionException("Parameter '" + parameter.parameter().getName() + "': no serializer for"
                + " the " + what + " type " + type.getTypeName() + ". Use String, byte[], Integer, Long, Double, UUID,"
                + " Bytes or ByteBuffer, and serialize other types yourself (byte[] with your serializer).");
    }
}
