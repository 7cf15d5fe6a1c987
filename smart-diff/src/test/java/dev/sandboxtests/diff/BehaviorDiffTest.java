package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BehaviorDiffTest {

    private static final Capture BASELINE = Capture.json(200, "{\"a\":1,\"b\":2,\"c\":3}");
    private static final Capture FORK = Capture.json(500, "{\"a\":1,\"b\":20}");

    private static final Difference LOW = new Difference(Section.BODY, "/id", Operation.CHANGED, IntNode.valueOf(1),
            IntNode.valueOf(2), Relevance.LOW, "generated id");

    @Test
    void selectsDifferencesByRelevanceAndLocation() {
        BehaviorDiff diff = SmartDiff.defaults().compare(BASELINE, FORK);

        assertThat(diff.baseline()).isSameAs(BASELINE);
        assertThat(diff.fork()).isSameAs(FORK);
        assertThat(diff.differences()).extracting(Difference::location).containsExactly("status", "/b", "/c");
        assertThat(diff.at(Relevance.HIGH)).extracting(Difference::location).containsExactly("status", "/c");
        assertThat(diff.at(Relevance.MEDIUM)).extracting(Difference::location).containsExactly("/b");
        assertThat(diff.at(Relevance.LOW)).isEmpty();
        assertThat(diff.at("/b")).hasValueSatisfying(d -> assertThat(d.operation()).isEqualTo(Operation.CHANGED));
        assertThat(diff.at("/missing")).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.hasRelevantChanges()).isTrue();
    }

    @Test
    void lowDifferencesAreNotRelevant() {
        BehaviorDiff diff = new BehaviorDiff(BASELINE, BASELINE, List.of(LOW));

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.hasRelevantChanges()).isFalse();
        assertThat(diff.relevantDifferences()).isEmpty();
        assertThat(diff.at(Relevance.LOW)).containsExactly(LOW);
    }

    @Test
    void differencesAreImmutableAndDetached() {
        List<Difference> source = new ArrayList<>(List.of(LOW));
        BehaviorDiff diff = new BehaviorDiff(BASELINE, BASELINE, source);
        source.clear();

        assertThat(diff.differences()).containsExactly(LOW);
        assertThatThrownBy(() -> diff.differences().add(LOW)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringIsATableWithOneLinePerDifference() {
        String table = SmartDiff.defaults().compare(BASELINE, FORK).toString();

        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().findFirst()).contains("3 differences (3 relevant):");
        assertThat(table).containsPattern("HIGH +CHANGED +status +200 → 500 +status code changed")
                .containsPattern("MEDIUM +CHANGED +/b +2 → 20 +value changed")
                .containsPattern("HIGH +REMOVED +/c +3 → \\(absent\\) +field missing in fork");
    }

    @Test
    void emptyDiffSaysSo() {
        assertThat(SmartDiff.defaults().compare(BASELINE, BASELINE)).hasToString("no differences");
    }
}
