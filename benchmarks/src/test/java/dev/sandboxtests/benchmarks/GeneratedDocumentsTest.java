package dev.sandboxtests.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated documents are the size asked for, reproducible, and differ exactly where their shape says. */
class GeneratedDocumentsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(DocumentSize.class)
    void eachSizeIsWithinTenPercentOfItsTarget(DocumentSize size) {
        for (Differing differing : List.of(Differing.ALL, Differing.ONE_PERCENT)) {
            DocumentPair pair = ApiPayloads.ordered(size, differing);

            assertThat((double) utf8Length(pair.baseline())).isCloseTo(size.targetBytes(), within(size.targetBytes() * 0.1));
            assertThat((double) utf8Length(pair.fork())).isCloseTo(size.targetBytes(), within(size.targetBytes() * 0.1));
        }
    }

    @Test
    void theSameArgumentsGiveTheSameBytes() {
        assertThat(ApiPayloads.ordered(DocumentSize.MEDIUM, Differing.ONE_PERCENT))
                .isEqualTo(ApiPayloads.ordered(DocumentSize.MEDIUM, Differing.ONE_PERCENT));
        assertThat(ApiPayloads.unordered(300, Differing.ONE_PERCENT))
                .isEqualTo(ApiPayloads.unordered(300, Differing.ONE_PERCENT));
    }

    @ParameterizedTest
    @EnumSource(value = Differing.class, names = {"ALL", "ONE_PERCENT"})
    void anOrderedForkChangesOnlyThePriceOfTheChangedItems(Differing differing) throws Exception {
        DocumentPair pair = ApiPayloads.ordered(DocumentSize.MEDIUM, differing);
        JsonNode baseline = MAPPER.readTree(pair.baseline());
        JsonNode fork = MAPPER.readTree(pair.fork());
        int items = pair.shape().itemCount();

        assertThat(baseline.path("items").size()).isEqualTo(items).isGreaterThan(100);
        assertThat(fork.path("items").size()).isEqualTo(items);
        assertThat(withoutItems(fork)).isEqualTo(withoutItems(baseline));
        assertThat(pair.shape().changedItems()).hasSize(differing == Differing.ALL ? items : Math.round(items / 100f));
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            JsonNode before = baseline.path("items").get(i);
            JsonNode after = fork.path("items").get(i);
            if (!before.equals(after)) {
                changed.add(i);
                assertThat(withoutPrice(after)).isEqualTo(withoutPrice(before));
                assertThat(after.path("price").decimalValue().subtract(before.path("price").decimalValue()))
                        .isEqualByComparingTo("1.50");
            }
        }
        assertThat(changed).isEqualTo(pair.shape().changedItems());
    }

    @Test
    void anUnorderedForkIsAShuffleWithOnePercentOfTheItemsChanged() throws Exception {
        DocumentPair pair = ApiPayloads.unordered(ApiPayloads.UNORDERED_ITEMS, Differing.ONE_PERCENT);
        JsonNode baseline = MAPPER.readTree(pair.baseline()).path("items");
        JsonNode fork = MAPPER.readTree(pair.fork()).path("items");
        Map<Long, JsonNode> forkById = new HashMap<>();
        fork.forEach(item -> forkById.put(item.path("id").asLong(), item));

        assertThat(baseline.size()).isEqualTo(1_000);
        assertThat(forkById).hasSize(1_000);
        List<Integer> changed = new ArrayList<>();
        int samePosition = 0;
        for (int i = 0; i < baseline.size(); i++) {
            JsonNode item = baseline.get(i);
            JsonNode counterpart = forkById.get(item.path("id").asLong());
            assertThat(withoutPrice(counterpart)).isEqualTo(withoutPrice(item));
            if (!counterpart.equals(item)) {
                changed.add(i);
            }
            if (fork.get(i).path("id").equals(item.path("id"))) {
                samePosition++;
            }
        }
        assertThat(changed).hasSize(10).isEqualTo(pair.shape().changedItems());
        assertThat(samePosition).as("items left where they were").isLessThan(10);
    }

    @Test
    void itemsLookLikeAnApiPayload() throws Exception {
        JsonNode item = MAPPER.readTree(ApiPayloads.ordered(DocumentSize.SMALL, Differing.NONE).baseline())
                .path("items").get(0);

        assertThat(item.path("uuid").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(item.path("price").isNumber()).isTrue();
        assertThat(item.path("tags").isArray()).isTrue();
        assertThat(item.path("attributes").path("dimensionsCm").path("width").isInt()).isTrue();
        assertThat(item.path("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static JsonNode withoutItems(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("items");
        return copy;
    }

    private static JsonNode withoutPrice(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.remove(CatalogItem.CHANGED_FIELD);
        return copy;
    }
}
