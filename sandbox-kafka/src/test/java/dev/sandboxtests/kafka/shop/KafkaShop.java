package dev.sandboxtests.kafka.shop;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.local.RunningService;

/**
 * A tiny shop on the run's broker: {@code orders} (HTTP) publishes each order it takes on
 * {@code <prefix>-order-placed}; {@code shipping} consumes them and publishes {@code <prefix>-shipment-created},
 * by ground on baseline and by drone on its fork {@code drone}; {@code pricing} is an HTTP service with a fork,
 * for sandboxes that do not fork {@code shipping}. Every instance runs in the test JVM.
 *
 * <p>The shipping fork differs by order: sku {@code NOSHIP} ships nothing, {@code TWICE} ships in two
 * parcels, {@code PRIORITY} adds the header {@code x-priority}.
 */
public abstract class KafkaShop implements LocalEnvironment {

    /** Names this shop's topics and groups apart from other shops' on the same broker. */
    protected abstract String prefix();

    /** Whether baseline shipping learns routes late (polling every two seconds), to show the provider waits for it. */
    protected boolean lateRoutes() {
        return false;
    }

    public String orderPlaced() {
        return prefix() + "-order-placed";
    }

    public String shipmentCreated() {
        return prefix() + "-shipment-created";
    }

    public String shippingGroup() {
        return prefix() + "-shipping";
    }

    @Override
    public void define(LocalServices services) {
        KafkaTestBroker broker = KafkaTestBroker.shared();
        broker.createTopic(orderPlaced(), 3);
        broker.createTopic(shipmentCreated(), 3);
        services.service("shipping").readyWhenStarted()
                .baseline(context -> RunningService.worker(ShippingService.start(context, broker, this, false, lateRoutes())))
                .fork("drone", context -> RunningService.worker(ShippingService.start(context, broker, this, true, false)));
        services.service("orders").baseline(context -> OrdersService.start(context, broker, orderPlaced()));
        services.service("pricing")
                .baseline(context -> RunningService.inJvm(OrdersService.answering(context, "baseline")))
                .fork("v2", context -> RunningService.inJvm(OrdersService.answering(context, "fork")));
    }

    /** The shop most test classes share (one per run): baseline shipping learns routes late. */
    public static final class Shared extends KafkaShop {
        @Override
        protected String prefix() {
            return "shop";
        }

        @Override
        protected boolean lateRoutes() {
            return true;
        }
    }
}
