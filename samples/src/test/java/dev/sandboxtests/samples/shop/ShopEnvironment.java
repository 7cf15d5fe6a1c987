package dev.sandboxtests.samples.shop;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.ChildProcess;
import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.samples.shop.inventory.InventoryServer;
import dev.sandboxtests.samples.shop.inventory.StockPolicy;
import dev.sandboxtests.samples.shop.notifications.NotificationsMain;
import dev.sandboxtests.samples.shop.orders.OrdersMain;
import dev.sandboxtests.samples.shop.pricing.PricingMain;
import dev.sandboxtests.samples.shop.pricing.PricingRules;
import dev.sandboxtests.samples.shop.pricing.PricingServer;
import dev.sandboxtests.samples.shop.shipping.ShippingMain;
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
 *       {@code order-placed} (Kafka) with no routing code in orders. It keeps its orders in PostgreSQL
 *       ({@link ShopDatabase}), each request's in its sandbox's own database where the sandbox has one. Fork
 *       variant {@code gift-wrap} (a child JVM too) keeps whether to gift-wrap, in a column its migration adds:
 *       give its sandbox an {@code orders-db} resource.</li>
 *   <li>{@code inventory} (gRPC): baseline in this JVM with the standard stock policy; fork variant
 *       {@code safety-stock} (in this JVM, keeps a safety buffer back).</li>
 *   <li>{@code shipping} (Kafka, {@code order-placed} to {@code shipment-created}): baseline and fork variant
 *       {@code next-day} (express in 1 day instead of ground in 3), each a child JVM that decides per record
 *       with {@code KafkaRouting.fromEnvironment()}: who it is and where the routes are come from the variables
 *       the provider sets on the process.</li>
 *   <li>{@code notifications} (Kafka, {@code shipment-created} to {@code customer-notified}, asking pricing over
 *       HTTP): baseline only, a child JVM with the OpenTelemetry agent and no routing code.</li>
 * </ul>
 *
 * <p>The Kafka services consume and serve no requests, yet they are not declared {@code readyWhenStarted()}:
 * that suits a consumer in this JVM, whose launcher returns once it consumes, but a child process's launcher
 * returns as soon as the process is spawned, long before its consumer has joined its group. Each answers
 * {@code GET /health} instead, {@code 200} once its consumer has its partitions: a sandbox is handed out only
 * when its fork consumes, and a consumer that cannot start fails the sandbox with its last log lines rather
 * than leaving a test to wait for records. The broker is the run's ({@link KafkaTestBroker#shared()}).
 */
public class ShopEnvironment implements LocalEnvironment {

    @Override
    public void define(LocalServices services) {
        String kafka = broker();
        servicesThatAnswerRequests(services, kafka);
        consumers(services, kafka);
    }

    /**
     * The shop without its Kafka consumers, for scenario classes that a test runs in a JUnit run of its own
     * (EngineTestKit). Such a run starts an environment of its own, on the same broker: its consumers would join
     * the consumer groups of the enclosing run's shipping and notifications, and take records of sandboxes
     * their route server does not know.
     */
    public static final class WithoutConsumers extends ShopEnvironment {
        @Override
        public void define(LocalServices services) {
            servicesThatAnswerRequests(services, broker());
        }
    }

    /** The run's broker (started on first use), with the shop's topics. */
    static String broker() {
        KafkaTestBroker broker = KafkaTestBroker.shared();
        broker.createTopic(ShopTopics.ORDER_PLACED, 3);
        broker.createTopic(ShopTopics.SHIPMENT_CREATED, 3);
        broker.createTopic(ShopTopics.CUSTOMER_NOTIFIED, 3);
        return broker.bootstrapServers();
    }

    static void servicesThatAnswerRequests(LocalServices services, String kafka) {
        services.service("pricing")
                .baseline(context -> running(PricingServer.start(0, PricingRules.standard())))
                .fork("discount-rule", context -> running(PricingServer.start(0, PricingRules.volumeDiscount(context.env()))))
                .fork("misconfigured", childJvm(PricingMain.class).env("PRICING_RULES", "no-such-rules"));
        services.service("orders")
                .baseline(context -> {
                    ChildProcess orders = ordersJvm(kafka);
                    ShopDatabase.baselineVariables(context).forEach(orders::env);
                    return orders.start(context);
                })
                // Its database comes from the sandbox's orders-db resource (ORDERS_DB_JDBC_URL, …).
                .fork("gift-wrap", ordersJvm(kafka).env("ORDERS_GIFT_WRAP", "true"))
                .readinessPath("/health");
        services.service("inventory")
                .baseline(context -> running(InventoryServer.start(0, StockPolicy.standard())))
                .fork("safety-stock", context -> running(InventoryServer.start(0, StockPolicy.safetyStock(context.env()))));
    }

    static void consumers(LocalServices services, String kafka) {
        services.service("shipping")
                .baseline(shipping(kafka, "standard"))
                .fork("next-day", shipping(kafka, "next-day"))
                .readinessPath("/health");
        services.service("notifications")
                .baseline(childJvm(NotificationsMain.class)
                        .openTelemetryAgent(openTelemetryAgent())
                        .env("PRICING_URL", "${endpoint:pricing}")
                        .env("KAFKA_BOOTSTRAP_SERVERS", kafka))
                .readinessPath("/health");
    }

    private static ChildProcess shipping(String kafka, String rules) {
        return childJvm(ShippingMain.class)
                .env("KAFKA_BOOTSTRAP_SERVERS", kafka)
                .env("SHIPPING_RULES", rules);
    }

    /** A service's own JVM. Such JVMs live for one test run: the quick compiler alone starts them faster on few cores. */
    private static ChildProcess childJvm(Class<?> mainClass) {
        return ChildProcess.javaMain(mainClass).jvmArg("-XX:TieredStopAtLevel=1").jvmArg("-XX:+UseSerialGC");
    }

    /** Orders as the shop runs it: asking pricing and inventory at their routers, publishing on {@code kafka}. */
    private static ChildProcess ordersJvm(String kafka) {
        return ordersJvm()
                .env("PRICING_URL", "${endpoint:pricing}")
                .env("INVENTORY_TARGET", "${endpoint:inventory}")
                .env("KAFKA_BOOTSTRAP_SERVERS", kafka);
    }

    /**
     * The orders service's own JVM with the OpenTelemetry agent; who runs it sets {@code PRICING_URL},
     * {@code INVENTORY_TARGET} and {@code KAFKA_BOOTSTRAP_SERVERS} (here from endpoints, on the simulated Kubernetes
     * cluster from its Deployment).
     */
    public static ChildProcess ordersJvm() {
        return childJvm(OrdersMain.class).openTelemetryAgent(openTelemetryAgent());
    }

    /** Pricing in this JVM, as a running instance of the local provider (also the simulated kubelet's). */
    public static RunningService running(PricingServer server) throws IOException {
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
