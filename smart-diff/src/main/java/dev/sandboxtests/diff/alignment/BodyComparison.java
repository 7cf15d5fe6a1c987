package dev.sandboxtests.diff.alignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.BodyKind;
import dev.sandboxtests.diff.reading.ClassifiedBody;
import dev.sandboxtests.diff.reading.JsonReading;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two bodies the way their kinds allow: JSON structurally, text as a whole string, anything
 * else byte for byte.
 */
public final class BodyComparison {

    private final JsonTreeComparison json;

    /** @param json how JSON bodies are compared */
    public BodyComparison(JsonTreeComparison json) {
        this.json = json;
    }

    /** @return whether JSON numbers are compared by numeric value rather than as written */
    public boolean numbersByValue() {
        return json.numbersByValue();
    }

    /**
     * @param baseline the baseline body, classified first (so its errors come first)
     * @param fork     the fork body
     * @return the differences, in document order
     * @throws dev.sandboxtests.diff.DiffException when a body read as JSON is not valid JSON
     */
    public List<Difference> compare(ClassifiedBody baseline, ClassifiedBody fork) {
        BodyKind baselineKind = baseline.kind();
        BodyKind forkKind = fork.kind();
        if (baselineKind == BodyKind.EMPTY && forkKind == BodyKind.EMPTY) {
            return List.of();
        }
        if (baselineKind == BodyKind.EMPTY) {
            return List.of(whole(Operation.ADDED, MissingNode.getInstance(), value(fork, "fork"),
                    Relevance.HIGH, "body added in fork"));
        }
        if (forkKind == BodyKind.EMPTY) {
            return List.of(whole(Operation.REMOVED, value(baseline, "baseline"), MissingNode.getInstance(),
                    Relevance.HIGH, "body missing in fork"));
        }
        if (baselineKind == BodyKind.JSON && forkKind == BodyKind.JSON) {
            return json.compare(baseline, fork);
        }
        if (baselineKind == BodyKind.JSON || forkKind == BodyKind.JSON) {
            return List.of(whole(Operation.TYPE_CHANGED, value(baseline, "baseline"), value(fork, "fork"),
                    Relevance.HIGH, "body changed from " + baselineKind.label() + " to " + forkKind.label()));
        }
        if (baselineKind == BodyKind.TEXT && forkKind == BodyKind.TEXT) {
            return TextLineDiff.compare(baseline.text(), fork.text());
        }
        // At least one side is binary: only the bytes can say whether anything changed.
        return Arrays.equals(baseline.bytes(), fork.bytes())
                ? List.of()
                : List.of(whole(Operation.CHANGED, TextNode.valueOf(baseline.summary()),
                        TextNode.valueOf(fork.summary()), Relevance.MEDIUM, "bytes changed"));
    }

    private static JsonNode value(ClassifiedBody body, String side) {
        return switch (body.kind()) {
            case EMPTY -> MissingNode.getInstance();
            case JSON -> JsonReading.parse(body, side);
            case TEXT -> TextNode.valueOf(body.text());
            case BINARY -> TextNode.valueOf(body.summary());
        };
    }

    private static Difference whole(Operation operation, JsonNode baseline, JsonNode fork, Relevance relevance,
                                    String reason) {
        return new Difference(Section.BODY, "", operation, baseline, fork, relevance, reason);
    }
}
