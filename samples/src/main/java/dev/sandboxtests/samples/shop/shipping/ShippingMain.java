package dev.sandboxtests.samples.shop.shipping;

import static dev.sandboxtests.samples.shop.JsonHttp.requiredEnvironment;

import dev.sandboxtests.kafka.KafkaRouting;
import dev.sandboxtests.samples.shop.JsonHttp;
import dev.sandboxtests.samples.shop.ShopTopics;

/**
 * Runs shipping as a process: {@code PORT}, {@code KAFKA_BOOTSTRAP_SERVERS} and {@code SHIPPING_RULES}
 * ({@code standard} or {@code next-day}) come from the environment, and so do who the instance is and where
 * the route server is ({@code SIGNADOT_BASELINE_NAME}, on a fork {@code SIGNADOT_SANDBOX_ROUTING_KEY},
 * {@code SANDBOX_ROUTES_URL}: the local provider sets them, as Signadot does on a cluster).
 */
public final class ShippingMain {

    private ShippingMain() {
    }

    public static void main(String[] args) throws Exception {
        String kafka = requiredEnvironment("shipping", "KAFKA_BOOTSTRAP_SERVERS");
        ShippingRules rules;
        KafkaRouting routing;
        try {
            rules = ShippingRules.named(System.getenv().getOrDefault("SHIPPING_RULES", "standard"));
            routing = KafkaRouting.fromEnvironment();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("shipping: cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        ShippingService service = ShippingService.start(JsonHttp.portFromEnvironment(), kafka, routing, rules);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shipping-stop"));
        System.out.println("shipping (" + rules.name() + ") as " + routing.identity() + " consumes "
                + ShopTopics.ORDER_PLACED + " in group " + service.groupId());
    }
}
