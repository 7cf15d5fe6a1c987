package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two bodies the way their kinds allow: JSON structurally, text as a whole string, anything
 * else byte for byte.
 */
final class BodyComparison {

    private final JsonTreeComparison json;

    BodyComparison(JsonTreeComparison json) {
        this.json = json;
    }

    boolean numbersByValue() {
        return json.numbersByValue();
    }

    List<Difference> compare(Capture baselineCapture, Capture forkCapture) {
        ClassifiedBody baseline = ClassifiedBody.of(baselineCapture, "baseline");
        ClassifiedBody fork = ClassifiedBody.of(forkCapture, "fork");
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
