package dev.sandboxtests.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14's documents are what they claim, and every library finds their differences: the honesty checks
 * of {@link GeneratedDocumentsTest} and {@link EveryLibraryFindsTheDifferencesTest} for
 * {@link ItemKind#MIXED_CHANGES}.
 */
class MixedChangesDocumentsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(DocumentSize.class)
    void eachSizeIsWithinTenPercentOfItsTarget(DocumentSize size) {
        DocumentPair pair = ApiPayloads.ordered(ItemKind.MIXED_CHANGES, size, Differing.ALL);

        assertThat((double) pair.baselineBytes()).isCloseTo(size.targetBytes(), within(size.targetBytes() * 0.1));
        assertThat((double) pair.fork().getBytes(StandardCharsets.UTF_8).length)
                .isCloseTo(size.targetBytes(), within(size.targetBytes() * 0.1));
    }

    @Test
    void everyChangedItemDiffersInExactlyItsOneFieldAndEveryKindOfValueIsChanged() throws Exception {
        DocumentPair pair = ApiPayloads.ordered(ItemKind.MIXED_CHANGES, DocumentSize.MEDIUM, Differing.ALL);
        JsonNode baseline = MAPPER.readTree(pair.baseline());
        JsonNode fork = MAPPER.readTree(pair.fork());

        List<String> differing = new ArrayList<>();
        for (int i = 0; i < pair.shape().itemCount(); i++) {
            JsonNode before = baseline.path("items").get(i);
            JsonNode after = fork.path("items").get(i);
            before.fieldNames().forEachRemaining(field -> {
                if (!before.get(field).equals(after.get(field))) {
                    differing.add(field);
                }
            });
            assertThat(after.size()).isEqualTo(before.size());
        }
        assertThat(differing).hasSize(pair.shape().itemCount());
        assertThat(pair.shape().changedPaths()).isEqualTo(differingPaths(differing));
        Set<String> kinds = Set.copyOf(differing);
        assertThat(kinds).containsExactlyInAnyOrder("note", "updatedAt", "correlationId", "status", "quantity");
        JsonNode item = baseline.path("items").get(1);
        assertThat(item.path("updatedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(item.path("correlationId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @ParameterizedTest
    @EnumSource(value = Differing.class, names = {"ALL", "ONE_PERCENT"})
    void everyLibraryReportsOneDifferencePerChangedItem(Differing differing) {
        DocumentPair pair = ApiPayloads.ordered(ItemKind.MIXED_CHANGES, DocumentSize.SMALL, differing);

        for (Contender contender : Contender.values()) {
            Verdict verdict = Verdict.of(contender, false, pair);
            assertThat(verdict.differences()).as(verdict.toString()).isEqualTo(pair.shape().changedItems().size());
        }
        BehaviorDiff diff = Contenders.smartDiff(pair.baseline(), pair.fork());
        assertThat(diff.differences()).extracting(Difference::location).isEqualTo(pair.shape().changedPaths());
        assertThat(diff.differences()).extracting(Difference::operation).containsOnly(Operation.CHANGED);
    }

    @Test
    void theUnorderedScenarioIsFoundByEveryLibraryThatIgnoresOrder() {
        DocumentPair shuffled = ApiPayloads.unordered(ItemKind.MIXED_CHANGES, DocumentSize.SMALL, Differing.NONE);
        DocumentPair changed = ApiPayloads.unordered(ItemKind.MIXED_CHANGES, DocumentSize.SMALL, Differing.ONE_PERCENT);

        for (Contender contender : List.of(Contender.SMART_DIFF, Contender.JSON_UNIT, Contender.JSON_ASSERT)) {
            assertThat(Verdict.of(contender, true, shuffled).different()).as(contender + " on a pure shuffle").isFalse();
            assertThat(Verdict.of(contender, true, changed).different()).as(contender + " on a shuffle with changes")
                    .isTrue();
        }
        int reported = Verdict.of(Contender.SMART_DIFF, true, changed).differences();
        assertThat(ResultCheck.expected(reported, changed.shape().changedItems().size(), true))
                .as("%d differences for %d changed items", reported, changed.shape().changedItems().size()).isTrue();
    }

    private static List<String> differingPaths(List<String> fields) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            paths.add("/items/" + i + "/" + fields.get(i));
        }
        return paths.stream().collect(Collectors.toList());
    }
}
