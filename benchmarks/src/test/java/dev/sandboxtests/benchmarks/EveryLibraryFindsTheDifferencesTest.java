package dev.sandboxtests.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmark is honest only if every library does the job it is timed for: each reports the differing
 * pairs as different and the equal pairs as equal, and smart-diff reports exactly the changes the
 * generator made. Small documents, so this stays fast; the benchmarks repeat the "different" check on
 * their real inputs before measuring ({@link ResultCheck}).
 */
class EveryLibraryFindsTheDifferencesTest {

    /** Small, because JsonUnit's unordered comparison is quadratic; 1% of it is one changed item. */
    private static final int SHUFFLED_ITEMS = 100;

    @ParameterizedTest
    @EnumSource(value = Differing.class, names = {"ALL", "ONE_PERCENT"})
    void everyLibraryReportsTheOrderedForkAsDifferent(Differing differing) {
        DocumentPair pair = ApiPayloads.ordered(DocumentSize.SMALL, differing);

        for (Contender contender : Contender.values()) {
            Verdict verdict = Verdict.of(contender, false, pair);
            assertThat(verdict.different()).as(verdict.toString()).isTrue();
            assertThat(verdict.differences()).as(verdict.toString()).isEqualTo(pair.shape().changedItems().size());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Differing.class, names = {"ALL", "ONE_PERCENT"})
    void smartDiffReportsEachChangedPriceAndNothingElse(Differing differing) {
        DocumentPair pair = ApiPayloads.ordered(DocumentSize.SMALL, differing);

        BehaviorDiff diff = Contenders.smartDiff(pair.baseline(), pair.fork());

        assertThat(diff.differences()).extracting(Difference::location).isEqualTo(pair.shape().changedPaths());
        assertThat(diff.differences()).extracting(Difference::operation).containsOnly(Operation.CHANGED);
    }

    @Test
    void noLibraryReportsADifferenceBetweenEqualDocuments() {
        DocumentPair equal = ApiPayloads.ordered(DocumentSize.SMALL, Differing.NONE);

        assertThat(equal.fork()).isEqualTo(equal.baseline());
        for (Contender contender : Contender.values()) {
            assertThat(Verdict.of(contender, false, equal).different()).as(contender.displayName()).isFalse();
        }
    }

    @Test
    void thePeersIgnoreOrderInTheirUnorderedModesAndStillFindTheChangedItems() {
        DocumentPair shuffled = ApiPayloads.unordered(SHUFFLED_ITEMS, Differing.NONE);
        DocumentPair changed = ApiPayloads.unordered(SHUFFLED_ITEMS, Differing.ONE_PERCENT);

        for (Contender peer : List.of(Contender.JSON_UNIT, Contender.JSON_ASSERT)) {
            assertThat(Verdict.of(peer, true, shuffled).different()).as(peer + " on a pure shuffle").isFalse();
            assertThat(Verdict.of(peer, true, changed).different()).as(peer + " on a shuffle with changes").isTrue();
        }
        assertThat(Verdict.of(Contender.ZJSONPATCH, false, shuffled).different())
                .as("zjsonpatch, which has no unordered mode, sees the shuffle").isTrue();
    }

    @Test
    void smartDiffReportsOnlyTheChangedItemsOfAShuffledArray() {
        DocumentPair shuffled = ApiPayloads.unordered(SHUFFLED_ITEMS, Differing.NONE);
        DocumentPair changed = ApiPayloads.unordered(SHUFFLED_ITEMS, Differing.ONE_PERCENT);
        BehaviorDiff shuffleOnly = Contenders.smartDiffUnordered(shuffled.baseline(), shuffled.fork());

        // The unordered figure of the benchmarks is honest only if unordered("/items") pairs the elements.
        assertThat(shuffleOnly.differences()).as("differences for a pure shuffle of an unordered array").isEmpty();

        int reported = Contenders.smartDiffUnordered(changed.baseline(), changed.fork()).differences().size();

        assertThat(reported).as("differences reported").isPositive();
        assertThat(ResultCheck.expected(reported, changed.shape().changedItems().size(), true))
                .as("%d differences for %d changed items", reported, changed.shape().changedItems().size())
                .isTrue();
    }
}
