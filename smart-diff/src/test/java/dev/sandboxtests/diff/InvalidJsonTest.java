package dev.sandboxtests.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidJsonTest {

    private static final Capture VALID = Capture.json(200, "{\"a\":1}");

    @Test
    void invalidForkBodyNamesSidePositionProblemAndFix() {
        assertThatThrownBy(() -> SmartDiff.defaults().compare(VALID, Capture.json(200, "{\"a\":1,\n  }")))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: ")
                .hasMessageContaining("line 2, column 3")
                .hasMessageContaining("character offset 10")
                .hasMessageContaining("its content type is application/json")
                .hasMessageContaining("Declare the body as text/plain");
    }

    @Test
    void invalidBaselineBodyNamesTheBaseline() {
        assertThatThrownBy(() -> SmartDiff.defaults().compare(Capture.json(200, "{\"a\":tru}"), VALID))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The baseline body is not valid JSON: ")
                .hasMessageContaining("line 1");
    }

    @Test
    void trailingContentIsInvalid() {
        assertThatThrownBy(() -> SmartDiff.defaults().compare(VALID, Capture.json(200, "{\"a\":1} {\"a\":2}")))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: ")
                .hasMessageContaining("character offset 8");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> SmartDiff.defaults().compare(VALID, Capture.json(200, "{\"a\":1,\"a\":2}")))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: Duplicate field 'a'")
                .hasMessageContaining("line 1, column")
                .hasMessageContaining("character offset")
                .hasMessageContaining("fix the service so each key appears once");
    }

    @Test
    void sniffedJsonExplainsWhyItWasReadAsJson() {
        Capture noContentType = Capture.of(200, Map.of(), "{oops".getBytes(UTF_8));

        assertThatThrownBy(() -> SmartDiff.defaults().compare(noContentType, VALID))
                .isInstanceOf(DiffException.class)
                .hasMessageContaining("it has no content type and it starts with '{'");
    }

    @Test
    void jsonThatIsNotUtf8NamesTheByteOffset() {
        Capture latin1 = Capture.of(200, Map.of("content-type", List.of("application/json")),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});

        assertThatThrownBy(() -> SmartDiff.defaults().compare(VALID, latin1))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The fork body is not valid JSON: it is not valid UTF-8")
                .hasMessageContaining("byte offset 6");
    }
}
