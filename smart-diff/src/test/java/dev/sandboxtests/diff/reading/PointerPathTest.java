package dev.sandboxtests.diff.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointerPathTest {

    @Test
    void aPathIsBuiltOneEscapedSegmentAtATime() {
        PointerPath path = PointerPath.ROOT.field("items").index(0).field("a/b~c");

        assertThat(path).hasToString("/items/0/a~1b~0c");
        assertThat(path.segments()).isEqualTo(List.of("items", "0", "a~1b~0c"));
        assertThat(path.depth()).isEqualTo(3);
        assertThat(PointerPath.ROOT).hasToString("");
    }

    @Test
    void unescapingUndoesEscapingWithoutMixingUpTildeAndSlash() {
        for (String name : List.of("plain", "a/b", "a~b", "~1", "~0/", "/~")) {
            assertThat(PointerPath.unescape(PointerPath.escape(name))).isEqualTo(name);
        }
        assertThat(PointerPath.unescape("~01")).isEqualTo("~1");
    }
}
