package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderLookupTest {

    @Test
    void findsHeadersWhateverTheCaseOfTheName() {
        HeaderLookup lookup = HeaderLookup.of(Map.of("X-Request-Id", List.of("42")));

        assertThat(lookup.values("x-request-id")).containsExactly("42");
        assertThat(lookup.values("X-REQUEST-ID")).containsExactly("42");
    }

    @Test
    void joinsTheValuesOfNamesThatDifferOnlyInCase() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Baggage", List.of("a=1"));
        headers.put("baggage", List.of("b=2", "c=3"));

        assertThat(HeaderLookup.of(headers).values("baggage")).containsExactly("a=1", "b=2", "c=3");
    }

    @Test
    void anAbsentHeaderHasNoValues() {
        assertThat(HeaderLookup.of(Map.of()).values("baggage")).isEmpty();
        assertThat(HeaderLookup.none().values("baggage")).isEmpty();
    }

    @Test
    void skipsNullNamesAndValues() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put(null, List.of("HTTP/1.1 200 OK"));
        headers.put("empty", null);

        HeaderLookup lookup = HeaderLookup.of(headers);

        assertThat(lookup.values("empty")).isEmpty();
    }

    @Test
    void isASnapshotOfTheMap() {
        List<String> values = new ArrayList<>(List.of("a=1"));
        Map<String, List<String>> headers = new HashMap<>(Map.of("baggage", values));
        HeaderLookup lookup = HeaderLookup.of(headers);

        values.add("b=2");
        headers.put("tracestate", List.of("x=1"));

        assertThat(lookup.values("baggage")).containsExactly("a=1");
        assertThat(lookup.values("tracestate")).isEmpty();
    }
}
