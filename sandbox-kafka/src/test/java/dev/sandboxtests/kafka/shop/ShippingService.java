package dev.sandboxtests.kafka.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sandboxtests.kafka.KafkaRouting;
import dev.sandboxtests.kafka.RoutedConsumerLoop;
import dev.sandboxtests.kafka.RoutingProducerInterceptor;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.LaunchContext;
import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.WatchingRouteResolver;
import dev.sandboxtests.routing.RoutingHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The shipping consumer: one order placed, one shipment created (the fork's differ, see {@link KafkaShop}). */
final class ShippingService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AutoCloseable routes;
    private final KafkaProducer<String, String> producer;
    private final RoutedConsumerLoop<String, String> loop;

    private ShippingService(AutoCloseable routes, KafkaProducer<String, String> producer, RoutedConsumerLoop<String, String> loop) {
        this.routes = routes;
        this.producer = producer;
        this.loop = loop;
    }

    static ShippingService start(LaunchContext context, KafkaTestBroker broker, KafkaShop shop, boolean drone,
            boolean lateRoutes) throws Exception {
        RouteResolver resolver = lateRoutes ? LateRouteResolver.polling(context.routeServer(), Duration.ofSeconds(2))
                : WatchingRouteResolver.watch(context.routeServer());
        KafkaRouting routing = KafkaRouting.of(context.identity(), resolver, RoutingHeaders.defaults());
        Map<String, Object> producerProperties = new HashMap<>(broker.clientProperties());
        producerProperties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, RoutingProducerInterceptor.class.getName());
        producerProperties.put(RoutingProducerInterceptor.HEADERS_CONFIG, "baggage");
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                new StringSerializer());
        String instance = context.identity().sandboxRoutingKey().map(key -> "fork-" + key).orElse("baseline");
        RoutedConsumerLoop<String, String> loop = RoutedConsumerLoop.builder(routing, new StringDeserializer(),
                        new StringDeserializer())
                .bootstrapServers(broker.bootstrapServers())
                .property(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .group(shop.shippingGroup())
                .topics(shop.orderPlaced())
                .handler(record -> {
                    JsonNode order = JSON.readTree(record.value());
                    String id = order.path("order").asText();
                    Processed.add(shop.prefix(), instance, id);
                    for (ProducerRecord<String, String> shipment : shipments(shop, order, drone)) {
                        producer.send(shipment).get();
                    }
                })
                .start();
        ShippingService service = new ShippingService((AutoCloseable) resolver, producer, loop);
        if (!loop.awaitAssignment(Duration.ofSeconds(30))) {
            service.close();
            throw new IllegalStateException("shipping (" + instance + ") was assigned no partitions within 30 s");
        }
        return service;
    }

    private static List<ProducerRecord<String, String>> shipments(KafkaShop shop, JsonNode order, boolean drone) {
        String id = order.path("order").asText();
        String sku = order.path("sku").asText();
        if (drone && sku.equals("NOSHIP")) {
            return List.of();
        }
        int parcels = drone && sku.equals("TWICE") ? 2 : 1;
        List<ProducerRecord<String, String>> shipments = new ArrayList<>();
        for (int parcel = 1; parcel <= parcels; parcel++) {
            ObjectNode shipment = JSON.createObjectNode();
            shipment.put("order", id);
            shipment.put("sku", sku);
            shipment.put("carrier", drone ? "drone" : "ground");
            shipment.put("parcel", parcel);
            shipment.put("shipmentId", UUID.randomUUID().toString());
            ProducerRecord<String, String> record = new ProducerRecord<>(shop.shipmentCreated(), id, shipment.toString());
            record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            if (drone && sku.equals("PRIORITY")) {
                record.headers().add("x-priority", "high".getBytes(StandardCharsets.UTF_8));
            }
            shipments.add(record);
        }
        return shipments;
    }

    @Override
    public void close() throws Exception {
        loop.close();
        producer.close();
        routes.close();
    }
}
