package dev.sandboxtests.samples.shop.notifications;

import static dev.sandboxtests.samples.shop.JsonHttp.requiredEnvironment;

import dev.sandboxtests.samples.shop.JsonHttp;
import dev.sandboxtests.samples.shop.ShopTopics;
import java.net.URI;

/** Runs notifications as a process: {@code PORT}, {@code KAFKA_BOOTSTRAP_SERVERS} and {@code PRICING_URL} come from the environment. */
public final class NotificationsMain {

    private NotificationsMain() {
    }

    public static void main(String[] args) throws Exception {
        String kafka = requiredEnvironment("notifications", "KAFKA_BOOTSTRAP_SERVERS");
        String pricing = requiredEnvironment("notifications", "PRICING_URL");
        NotificationsService service = NotificationsService.start(JsonHttp.portFromEnvironment(), kafka, URI.create(pricing));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "notifications-stop"));
        System.out.println("notifications consumes " + ShopTopics.SHIPMENT_CREATED + " in group "
                + NotificationsService.GROUP + ", pricing at " + pricing);
    }
}
