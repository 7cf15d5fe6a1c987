package dev.sandboxtests.samples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.routing.RoutingKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** While a sandbox forks pricing, requests without its key are served by baseline all the way. */
@SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule"))
@LocalSandbox(ShopEnvironment.class)
class UnroutedRequestsTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRequestWithoutKeyGoesToBaseline(@SandboxService("orders") URI orders) throws Exception {
        assertThat(discountOfQuote(orders, null)).isZero();
    }

    @Test
    void aKeyThatBelongsToNoSandboxGoesToBaseline(@SandboxService("orders") URI orders) throws Exception {
        assertThat(discountOfQuote(orders, "sd-routing-key=" + RoutingKey.random())).isZero();
    }

    @Test
    void theSandboxKeyInPlainBaggageReachesTheFork(@SandboxService("orders") URI orders, RoutingKey key)
            throws Exception {
        assertThat(discountOfQuote(orders, "team=checkout,sd-routing-key=" + key)).isEqualTo(300);
    }

    @Test
    void anInvalidKeyIsRejectedWithTheReason(@SandboxService("pricing") URI pricing) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(pricing.resolve("/prices/A1"))
                .header("baggage", "sd-routing-key=NOT-A-KEY").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid routing key 'NOT-A-KEY'", "lowercase letters a-z and digits 0-9");
    }

    private static long discountOfQuote(URI orders, String baggage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(orders.resolve("/orders/quote?sku=A1&qty=3"));
        if (baggage != null) {
            request.header("baggage", baggage);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode quote = JSON.readTree(response.body());
        return quote.path("price").path("discount").asLong(-1);
    }
}
