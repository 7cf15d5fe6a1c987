package dev.sandboxtests.kafka.shop;

import dev.sandboxtests.kafka.Eventually;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Orders for the shop's topic, and waiting for shipping to have processed them. */
public final class Orders {

    private Orders() {
    }

    /** A new order id, unique in the run. */
    public static String newId(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {"order": id, "sku": sku} */
    public static String json(String id, String sku) {
        return "{\"order\":\"" + id + "\",\"sku\":\"" + sku + "\"}";
    }

    /**
     * Sends an order with {@code producer}, under a record key shared by the orders of one test, so that they
     * land in one partition and an order processed after another was decided after it.
     */
    public static void send(Producer<String, String> producer, String topic, String partitionKey, String id) throws Exception {
        producer.send(new ProducerRecord<>(topic, partitionKey, json(id, "A1"))).get();
    }

    /** Waits until {@code processed} holds {@code id}. */
    public static void awaitProcessed(String who, Supplier<List<String>> processed, String id) {
        Eventually.until(who + " processed " + id, () -> processed.get().contains(id), processed::get);
    }
}
