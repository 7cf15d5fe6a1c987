package dev.sandboxtests.reaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A leftover is data: a kind a file name can carry, and parameters kept as they were given. */
class LeftoverTest {

    @Test
    void parametersAreCopiedSortedAndUnmodifiable() {
        Map<String, String> given = new HashMap<>(Map.of("start", "2024-01-01T00:00:00Z", "pid", "42"));
        Leftover leftover = Leftover.of("process", given);
        given.put("pid", "43");

        assertThat(leftover.parameters()).containsExactly(Map.entry("pid", "42"), Map.entry("start", "2024-01-01T00:00:00Z"));
        assertThatThrownBy(() -> leftover.parameters().put("pid", "1")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingParameterNamesItselfTheKindAndWhatThereIs() {
        assertThatThrownBy(() -> Leftover.of("kafka-consumer-group", Map.of("group", "orders")).parameter("bootstrap"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A leftover of kind 'kafka-consumer-group' needs the parameter 'bootstrap'; it has [group]");
    }

    @Test
    void aKindIsLowerCaseWordsJoinedByDashes() {
        assertThatThrownBy(() -> Leftover.of("Kafka group", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Leftover kind 'Kafka group' must be lower-case words joined by '-'");
    }
}
