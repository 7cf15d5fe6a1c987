package dev.sandboxtests.samples.shop;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.ChildProcess;
import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.samples.shop.inventory.InventoryServer;
import dev.sandboxtests.samples.shop.inventory.StockPolicy;
import dev.sandboxtests.samples.shop.orders.OrdersMain;
import dev.sandboxtests.samples.shop.pricing.PricingMain;
import dev.sandboxtests.samples.shop.pricing.PricingRules;
import dev.sandboxtests.samples.shop.pricing.PricingServer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The shop on the embedded local provider.
 *
 * <ul>
 *   <li>{@code pricing}: baseline in this JVM with the standard rules; fork variants
 *       {@code discount-rule} (in this JVM, the change under test) and {@code misconfigured} (a child
 *       JVM that cannot start, to show the error a broken fork gives).</li>
 *   <li>{@code orders}: baseline in a child JVM with the OpenTelemetry Java agent, so that the
 *       routing key reaches pricing (HTTP), inventory (gRPC) and the orders it publishes on
 *       {@code order-placed} (Kafka) with no routing code in orders.</li>
 *   <li>{@code inventory} (gRPC): baseline in this JVM with the standard stock policy; fork variant
 *       {@code safety-stock} (in this JVM, keeps a safety buffer back).</li>
 * </ul>
 *
 * <p>The broker is the run's ({@link KafkaTestBroker#shared()}).
 */
public final class ShopEnvironment implements LocalEnvironment {

    @Override
    public void define(LocalServices services) {
        KafkaTestBroker broker = KafkaTestBroker.shared();
        broker.createTopic(ShopTopics.ORDER_PLACED, 3);
        String kafka = broker.bootstrapServers();
        services.service("pricing")
                .baseline(context -> running(PricingServer.start(0, PricingRules.standard())))
                .fork("discount-rule", context -> running(PricingServer.start(0, PricingRules.volumeDiscount(context.env()))))
                .fork("misconfigured", ChildProcess.javaMain(PricingMain.class).env("PRICING_RULES", "no-such-rules"));
        services.service("orders")
                .baseline(ChildProcess.javaMain(OrdersMain.class)
                        .openTelemetryAgent(openTelemetryAgent())
                        .env("PRICING_URL", "${endpoint:pricing}")
                        .env("INVENTORY_TARGET", "${endpoint:inventory}")
                        .env("KAFKA_BOOTSTRAP_SERVERS", kafka))
                .readinessPath("/health");
        services.service("inventory")
                .baseline(context -> running(InventoryServer.start(0, StockPolicy.standard())))
                .fork("safety-stock", context -> running(InventoryServer.start(0, StockPolicy.safetyStock(context.env()))));
    }

    private static RunningService running(PricingServer server) throws IOException {
        return RunningService.inJvm(server.uri(), server);
    }

    private static RunningService running(InventoryServer server) {
        return RunningService.inJvm(server.uri(), server);
    }

    /** Copied to target/otel by the samples' build (see samples/pom.xml). */
    static Path openTelemetryAgent() {
        return Path.of(System.getProperty("otel.javaagent.jar", "target/otel/opentelemetry-javaagent.jar"));
    }
}
