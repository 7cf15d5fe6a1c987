package dev.sandboxtests.diff.alignment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link ChangeIslands} tells a few changes far apart from changes everywhere. */
class ChangeIslandsTest {

    private static boolean atMost(String baseline, String fork, int limit) {
        byte[] b = baseline.getBytes(UTF_8);
        byte[] f = fork.getBytes(UTF_8);
        int from = java.util.Arrays.mismatch(b, f);
        return from < 0 || ChangeIslands.atMost(b, from, f, from, limit);
    }

    private static String payload(int changeEvery) {
        List<String> items = IntStream.range(0, 100).mapToObj(i -> i % changeEvery == 0
                ? SparseDocuments.item(i, "SHIPPED", 10 + i, "note, changed " + i)
                : SparseDocuments.defaultItem(i)).toList();
        return SparseDocuments.payload(items);
    }

    @Test
    void changesInTwoElementsAreTwoIslandsOrSo() {
        String baseline = payload(1000);
        String fork = payload(1000).replace("\"id\":37,\"number\":\"ORD-100037\"", "\"id\":37,\"number\":\"ORD-1\"")
                .replace("note 80", "a longer note, with a comma");

        assertThat(atMost(baseline, fork, 4)).isTrue();
        assertThat(atMost(baseline, fork, 1)).isFalse();
    }

    @Test
    void aChangeInEveryElementIsManyIslands() {
        String baseline = SparseDocuments.payload(IntStream.range(0, 100).mapToObj(SparseDocuments::defaultItem).toList());

        assertThat(atMost(baseline, payload(1), 50)).isFalse();
        assertThat(atMost(baseline, payload(25), 50)).isTrue();
    }

    @Test
    void identicalBytesAreNoIsland() {
        assertThat(atMost(payload(3), payload(3), 0)).isTrue();
    }
}
