package dev.sandboxtests.diff.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Relevance;
import org.junit.jupiter.api.Test;

class DiffSummaryTest {

    @Test
    void countsTheDifferencesOfEachRelevance() {
        BehaviorDiff diff = Fixtures.quote();

        DiffSummary summary = DiffSummary.of(diff);

        for (Relevance relevance : Relevance.values()) {
            assertThat(summary.count(relevance)).as(relevance.name()).isEqualTo(diff.at(relevance).size());
        }
        assertThat(summary.differences()).isEqualTo(summary.high() + summary.medium() + summary.low());
        assertThat(summary.relevant()).isEqualTo(diff.hasRelevantChanges()).isTrue();
        assertThat(summary.baselineSamples()).isEqualTo(diff.baselineSamples());
        assertThat(summary.ignored()).isEqualTo(diff.ignoredCount());
    }

    @Test
    void describesItselfOnOneLineAndMentionsOnlyWhatIsThere() {
        assertThat(new DiffSummary(3, 1, 1, 1, true, 0, 2, 0).describe())
                .isEqualTo("HIGH 1, MEDIUM 1, LOW 1; relevant changes: yes; baseline samples: 2");
        assertThat(new DiffSummary(1, 0, 0, 1, false, 2, 1, 4).describe())
                .isEqualTo("HIGH 0, MEDIUM 0, LOW 1; relevant changes: no; unmet expectations: 2;"
                        + " ignored by rules: 4; baseline samples: 1");
    }
}
