package dev.sandboxtests.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.routes.ConsumerRouting.Decision;
import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutesServer;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.routing.MalformedRoutingHeaders;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision of each consumer, from the record's headers and the routes a {@link RouteTable} knows: a fork
 * processes only its own key, baseline skips only keys routed to a sandbox that forks it.
 */
class KafkaRoutingTest {

    private static final Workload SHIPPING = Workload.named("shipping");
    private static final RoutingKey FORKED = RoutingKey.parse("shipfork1");
    private static final RoutingKey PRICING_ONLY = RoutingKey.parse("pricefork1");

    private final RouteTable routes = new RouteTable();
    private final KafkaRouting baseline = KafkaRouting.of(WorkloadIdentity.baseline(SHIPPING), routes, RoutingHeaders.defaults());
    private final KafkaRouting fork = KafkaRouting.of(WorkloadIdentity.fork(SHIPPING, "shipping-v2", FORKED), routes,
            RoutingHeaders.defaults());

    KafkaRoutingTest() {
        routes.add(List.of(new RoutingRule(FORKED, SHIPPING, "shipping-v2"),
                new RoutingRule(PRICING_ONLY, Workload.named("pricing"), "pricing-v2")));
    }

    @Test
    void aRecordWithoutKeyIsBaselines() {
        assertThat(baseline.decide(record()).process()).isTrue();
        assertThat(fork.decide(record()).process()).isFalse();
        assertThat(fork.decide(record()).reason()).isEqualTo("it carries no routing key");
    }

    @Test
    void aRecordOfTheSandboxThatForksThisConsumerIsTheForks() {
        ConsumerRecord<String, String> record = record("baggage", "sd-routing-key=" + FORKED);

        assertThat(fork.decide(record)).isEqualTo(Decision.process("its key routes to this fork's sandbox"));
        assertThat(baseline.decide(record)).isEqualTo(Decision.skip(
                "its key routes to the fork in sandbox 'shipping-v2'"));
    }

    @Test
    void aRecordOfASandboxThatForksAnotherServiceIsBaselines() {
        ConsumerRecord<String, String> record = record("baggage", "sd-routing-key=" + PRICING_ONLY);

        assertThat(baseline.decide(record).process()).isTrue();
        assertThat(fork.decide(record).process()).isFalse();
    }

    @Test
    void onceTheSandboxIsClosedItsKeyIsBaselinesAgain() {
        ConsumerRecord<String, String> record = record("baggage", "sd-routing-key=" + FORKED);

        routes.remove(FORKED);

        assertThat(baseline.decide(record)).isEqualTo(Decision.process("no sandbox with its key forks Deployment shipping"));
    }

    @ParameterizedTest
    @MethodSource("dev.sandboxtests.routing.MalformedRoutingHeaders#cases")
    void aRecordWithAMalformedOrAmbiguousKeyIsProcessedByNoConsumer(MalformedRoutingHeaders.Case bad) {
        KafkaRouting signadotBaseline = KafkaRouting.of(WorkloadIdentity.baseline(SHIPPING), routes, RoutingHeaders.signadot());
        KafkaRouting signadotFork = KafkaRouting.of(WorkloadIdentity.fork(SHIPPING, "shipping-v2", FORKED), routes,
                RoutingHeaders.signadot());
        ConsumerRecord<String, String> record = record(bad.headers());

        Decision decision = signadotBaseline.decide(record);

        assertThat(decision.process()).isFalse();
        assertThat(decision.reason()).startsWith("its routing key cannot be used, so no consumer processes it: " + bad.reason());
        assertThat(signadotFork.decide(record).process()).isFalse();
        assertThat(signadotBaseline.discards(record)).isTrue();
    }

    @Test
    void aForbiddenCharacterInTheKeyIsRefusedAndOtherBaggageMembersAreNotChecked() {
        assertThat(baseline.decide(record("baggage", "sd-routing-key=Ab_1")).process()).isFalse();
        assertThat(baseline.decide(record("baggage", "%%%,=;;,user=")).process()).as("garbage without our member").isTrue();
    }

    @Test
    void aForkConsumesInItsOwnGroupAndBaselineInTheServicesGroup() {
        assertThat(fork.groupId("shipping")).isEqualTo("shipping-" + FORKED);
        assertThat(baseline.groupId("shipping")).isEqualTo("shipping");
    }

    @Test
    void theRecordsKeyAndBaggageAreCurrentWhileItIsProcessed() {
        ConsumerRecord<String, String> record = record("baggage", "sd-routing-key=" + PRICING_ONLY + ",user=alice");

        try (Scope scope = baseline.attach(record)) {
            assertThat(RoutingContext.current()).contains(PRICING_ONLY);
            assertThat(Baggage.current().getEntryValue("user")).isEqualTo("alice");
        }
        assertThat(RoutingContext.current()).isEmpty();
        try (Scope scope = baseline.attach(record("baggage", "sd-routing-key=NOPE"))) {
            assertThat(RoutingContext.current()).isEmpty();
        }
    }

    @Test
    void aServiceLearnsWhoItIsAndWhereTheRoutesAreFromSignadotsVariables() {
        RouteTable table = new RouteTable();
        table.add(List.of(new RoutingRule(FORKED, SHIPPING, "shipping-v2")));
        try (RoutesServer server = RoutesServer.start(table)) {
            KafkaRouting forkOfShipping = KafkaRouting.from(Map.of("SIGNADOT_BASELINE_NAME", "shipping",
                    "SIGNADOT_SANDBOX_NAME", "shipping-v2", "SIGNADOT_SANDBOX_ROUTING_KEY", FORKED.value())::get);
            KafkaRouting baselineShipping = KafkaRouting.from(Map.of("SIGNADOT_BASELINE_NAME", "shipping",
                    "SANDBOX_ROUTES_URL", server.uri().toString())::get);
            ConsumerRecord<String, String> forked = record("baggage", "sd-routing-key=" + FORKED);

            assertThat(forkOfShipping.groupId("shipping")).isEqualTo("shipping-" + FORKED);
            assertThat(forkOfShipping.decide(forked).process()).isTrue();
            assertThat(baselineShipping.decide(forked).reason()).isEqualTo("its key routes to the fork in sandbox 'shipping-v2'");
            baselineShipping.close();
        }
        assertThatThrownBy(() -> KafkaRouting.from(Map.of("SIGNADOT_BASELINE_NAME", "shipping")::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Neither SANDBOX_ROUTES_URL nor SIGNADOT_ROUTESERVER is set");
    }

    @Test
    void aServiceInTheTestJvmWatchesTheRouteServerItIsGivenUntilItsRoutingIsClosed() throws Exception {
        RouteTable table = new RouteTable();
        table.add(List.of(new RoutingRule(FORKED, SHIPPING, "shipping-v2")));
        try (RoutesServer server = RoutesServer.start(table)) {
            KafkaRouting baselineShipping = KafkaRouting.of(WorkloadIdentity.baseline(SHIPPING), server.uri());
            KafkaRouting forkOfShipping = KafkaRouting.of(WorkloadIdentity.fork(SHIPPING, "shipping-v2", FORKED),
                    server.uri());
            ConsumerRecord<String, String> forked = record("baggage", "sd-routing-key=" + FORKED);

            assertThat(baselineShipping.decide(forked).reason()).isEqualTo("its key routes to the fork in sandbox 'shipping-v2'");
            assertThat(forkOfShipping.decide(forked).process()).isTrue();
            String watcher = "sandbox-routes-" + server.uri().getAuthority();
            assertThat(threadsNamed(watcher)).as("threads watching the route server").hasSize(1);

            baselineShipping.close();
            forkOfShipping.close();
            for (int i = 0; i < 50 && !threadsNamed(watcher).isEmpty(); i++) {
                Thread.sleep(100);
            }
            assertThat(threadsNamed(watcher)).as("threads watching the route server once routing is closed").isEmpty();
        }
    }

    private static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(name) && thread.isAlive()).toList();
    }

    private static ConsumerRecord<String, String> record(String... nameValues) {
        RecordHeaders headers = new RecordHeaders();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.add(nameValues[i], nameValues[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return withHeaders(headers);
    }

    private static ConsumerRecord<String, String> record(Map<String, List<String>> byName) {
        RecordHeaders headers = new RecordHeaders();
        byName.forEach((name, values) -> values.forEach(v -> headers.add(name, v.getBytes(StandardCharsets.UTF_8))));
        return withHeaders(headers);
    }

    private static ConsumerRecord<String, String> withHeaders(RecordHeaders headers) {
        return new ConsumerRecord<>("order-placed", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, "o-1", "{}", headers,
                Optional.empty());
    }
}
