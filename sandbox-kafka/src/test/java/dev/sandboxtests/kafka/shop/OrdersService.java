package dev.sandboxtests.kafka.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.kafka.RoutingProducerInterceptor;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.LaunchContext;
import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.routing.jdkhttp.RoutingContextFilter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** {@code orders}: {@code POST /orders} with {"order": …, "sku": …} publishes it on order-placed, key passed on. */
final class OrdersService {

    private OrdersService() {
    }

    static RunningService start(LaunchContext context, KafkaTestBroker broker, String topic) throws IOException {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, RoutingProducerInterceptor.class.getName());
        properties.put(RoutingProducerInterceptor.HEADERS_CONFIG, "baggage");
        KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        HttpServer server = server(context);
        server.createContext("/orders", exchange -> {
            try (exchange) {
                String order = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = order.replaceAll(".*\"order\"\\s*:\\s*\"([^\"]*)\".*", "$1");
                producer.send(new ProducerRecord<>(topic, id, order)).get();
                answer(exchange, 201, "{\"order\":\"" + id + "\"}");
            } catch (Exception e) {
                answer(exchange, 500, "{\"error\":\"" + e.getMessage() + "\"}");
            }
        }).getFilters().add(new RoutingContextFilter());
        return RunningService.inJvm(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), () -> {
            server.stop(0);
            producer.close();
        });
    }

    /** A service that answers every request with {@code who}. */
    static HttpServer answering(LaunchContext context, String who) throws IOException {
        HttpServer server = server(context);
        server.createContext("/", exchange -> {
            try (exchange) {
                answer(exchange, 200, "{\"who\":\"" + who + "\"}");
            }
        });
        return server;
    }

    private static HttpServer server(LaunchContext context) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), context.port()), 0);
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
