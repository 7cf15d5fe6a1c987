package dev.sandboxtests.samples.shop;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.kafka.junit.KafkaEvents;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Orders placed at the shop's entry point, {@code POST /orders} of orders: with the sandbox's routing key (a
 * {@code @SandboxService("orders")} request specification) or without one (a plain HTTP client).
 */
final class PlacedOrders {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlacedOrders() {
    }

    /**
     * A new customer. Orders publishes a customer's orders under the customer as record key, so they land in
     * one partition: a consumer that handled a later one has decided about every earlier one.
     */
    static String newCustomer() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {"customer": ..., "sku": ..., "qty": ...} */
    static String json(String customer, String sku, int qty) {
        return "{\"customer\":\"" + customer + "\",\"sku\":\"" + sku + "\",\"qty\":" + qty + "}";
    }

    /** An event SmartTest whose action places this order at orders (once per side, each with its side's key). */
    static KafkaEvents afterPlacing(String customer, String sku, int qty) {
        return KafkaEvents.afterHttp(request -> request.contentType("application/json").body(json(customer, sku, qty))
                .post("/orders"));
    }

    /** Places an order with the key the specification carries; returns its id. */
    static String place(RequestSpecification orders, String customer, String sku, int qty) {
        return given().spec(orders).contentType("application/json").body(json(customer, sku, qty))
                .post("/orders")
                .then().statusCode(201)
                .extract().path("order");
    }

    /** Places an order without any routing key, as an ordinary customer does; returns its id. */
    static String placeWithoutKey(URI orders, String customer, String sku, int qty) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(orders.resolve("/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(customer, sku, qty))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new AssertionError("orders answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("order").asText();
    }
}
