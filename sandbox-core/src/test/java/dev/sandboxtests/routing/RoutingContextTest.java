package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingContextTest {

    private final RoutingKey key = RoutingKey.parse("abc123");

    @AfterEach
    void noScopeLeaks() {
        assertThat(Context.current()).as("a test left a scope open").isSameAs(Context.root());
    }

    @Test
    void outsideAnyScopeThereIsNoKey() {
        assertThat(RoutingContext.current()).isEmpty();
    }

    @Test
    void attachMakesTheKeyCurrentUntilTheScopeCloses() {
        try (Scope scope = RoutingContext.attach(key)) {
            assertThat(RoutingContext.current()).contains(key);
        }
        assertThat(RoutingContext.current()).isEmpty();
    }

    @Test
    void theKeyIsInTheOpenTelemetryBaggageForInstrumentedClients() {
        try (Scope scope = RoutingContext.attach(key)) {
            assertThat(Baggage.current().getEntryValue("sd-routing-key")).isEqualTo("abc123");
        }
        assertThat(Baggage.current().getEntryValue("sd-routing-key")).isNull();
    }

    @Test
    void attachKeepsTheOtherBaggageMembersAndReplacesAnOldKey() {
        Baggage outer = Baggage.builder().put("user", "alice").put("sd-routing-key", "oldkey").build();
        try (Scope outerScope = outer.makeCurrent(); Scope scope = RoutingContext.attach(key)) {
            assertThat(Baggage.current().getEntryValue("user")).isEqualTo("alice");
            assertThat(Baggage.current().getEntryValue("sd-routing-key")).isEqualTo("abc123");
            assertThat(RoutingContext.current()).contains(key);
        }
    }

    @Test
    void nestedScopesRestoreTheOuterKey() {
        RoutingKey inner = RoutingKey.parse("inner1");
        try (Scope outerScope = RoutingContext.attach(key)) {
            try (Scope innerScope = RoutingContext.attach(inner)) {
                assertThat(RoutingContext.current()).contains(inner);
            }
            assertThat(RoutingContext.current()).contains(key);
        }
    }

    @Test
    void withReturnsAContextCarryingTheKeyWithoutMakingItCurrent() {
        Context context = RoutingContext.with(Context.root(), key);

        assertThat(RoutingContext.from(context)).contains(key);
        assertThat(Baggage.fromContext(context).getEntryValue("sd-routing-key")).isEqualTo("abc123");
        assertThat(RoutingContext.current()).isEmpty();
    }

    @Test
    void readsAKeyPutInTheBaggageByOtherInstrumentation() {
        try (Scope scope = Baggage.builder().put("sd-routing-key", "fromagent").build().makeCurrent()) {
            assertThat(RoutingContext.current()).contains(RoutingKey.parse("fromagent"));
        }
    }

    @Test
    void anInvalidKeyInTheBaggageCountsAsNoKey() {
        try (Scope scope = Baggage.builder().put("sd-routing-key", "Not Valid").build().makeCurrent()) {
            assertThat(RoutingContext.current()).isEmpty();
        }
    }

    @Test
    void attachFromMakesTheKeyOfAnIncomingRequestCurrent() {
        HeaderLookup incoming = HeaderLookup.of(Map.of("Baggage", List.of("sd-routing-key=abc123,other=1")));

        try (Scope scope = RoutingContext.attachFrom(incoming, RoutingHeaders.defaults())) {
            assertThat(RoutingContext.current()).contains(key);
            assertThat(Baggage.current().getEntryValue("other"))
                    .as("the request's other baggage members travel on with the key")
                    .isEqualTo("1");
        }
        assertThat(RoutingContext.current()).isEmpty();
    }

    @Test
    void attachFromReadsTheGivenHeaders() {
        HeaderLookup incoming = HeaderLookup.of(Map.of("x-routing-key", List.of("abc123")));

        try (Scope scope = RoutingContext.attachFrom(incoming, RoutingHeaders.header("x-routing-key"))) {
            assertThat(RoutingContext.current()).contains(key);
        }
    }

    @Test
    void attachFromARequestWithoutKeyLeavesTheContextAsItIs() {
        Context before = Context.current();

        try (Scope scope = RoutingContext.attachFrom(HeaderLookup.none(), RoutingHeaders.signadot())) {
            assertThat(Context.current()).isSameAs(before);
            assertThat(RoutingContext.current()).isEmpty();
        }
    }

    @Test
    void attachFromARequestWithAnInvalidKeyThrowsAndAttachesNothing() {
        HeaderLookup incoming = HeaderLookup.of(Map.of("baggage", List.of("sd-routing-key=ABC")));

        assertThatThrownBy(() -> RoutingContext.attachFrom(incoming, RoutingHeaders.defaults()))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageContaining("Header 'baggage'");
        assertThat(RoutingContext.current()).isEmpty();
    }
}
