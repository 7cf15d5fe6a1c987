package dev.sandboxtests.diff.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Turns a subtree of a {@link JsonTape} into the Jackson nodes a
 * {@link dev.sandboxtests.diff.Difference} carries, as {@link JsonReading}'s mapper would have read
 * it: integers as {@code BigIntegerNode}, decimals as {@code DecimalNode} with their scale kept. Only
 * the values of reported differences are built, and without recursion, so a 100,000-deep subtree is
 * fine.
 */
public final class JsonTapeNodes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTapeNodes() {
    }

    public static JsonNode of(JsonTape tape, int root) {
        if (!tape.isContainerNode(root)) {
            return scalar(tape, root, tape.kind(root));
        }
        int end = tape.next(root);
        ContainerNode<?>[] open = new ContainerNode<?>[16];
        int[] openEnds = new int[16];
        int depth = 0;
        JsonNode result = null;
        for (int node = root; node < end; node++) {
            while (depth > 0 && openEnds[depth - 1] <= node) {
                depth--;
            }
            int kind = tape.kind(node);
            JsonNode value = switch (kind) {
                case JsonTape.OBJECT -> NODES.objectNode();
                case JsonTape.ARRAY -> NODES.arrayNode(tape.count(node));
                default -> scalar(tape, node, kind);
            };
            if (depth == 0) {
                result = value;
            } else if (open[depth - 1] instanceof ObjectNode object) {
                object.set(tape.names.name(tape.key(node)), value);
            } else {
                ((ArrayNode) open[depth - 1]).add(value);
            }
            if (JsonTape.isContainer(kind)) {
                if (depth == open.length) {
                    open = java.util.Arrays.copyOf(open, depth * 2);
                    openEnds = java.util.Arrays.copyOf(openEnds, depth * 2);
                }
                open[depth] = (ContainerNode<?>) value;
                openEnds[depth] = tape.next(node);
                depth++;
            }
        }
        return result;
    }

    private static JsonNode scalar(JsonTape tape, int node, int kind) {
        return switch (kind) {
            case JsonTape.STRING -> TextNode.valueOf(tape.text(node));
            case JsonTape.INTEGER -> BigIntegerNode.valueOf(new BigInteger(tape.text(node)));
            case JsonTape.DECIMAL -> DecimalNode.valueOf(new BigDecimal(tape.text(node)));
            case JsonTape.TRUE -> BooleanNode.TRUE;
            case JsonTape.FALSE -> BooleanNode.FALSE;
            default -> NullNode.getInstance();
        };
    }
}
