package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Structural diff of two JSON trees.
 *
 * <p>The walk is iterative, with an explicit stack, so a deeply nested document cannot overflow the
 * call stack; and only leaf values are compared, because {@code JsonNode.equals} on containers
 * recurses. Children are pushed in reverse so that differences come out in document order: an
 * object's fields in baseline order, then the fields only the fork has.
 */
final class JsonTreeComparison {

    private final ArrayAlignment arrays;
    private final boolean numbersByValue;

    JsonTreeComparison(ArrayAlignment arrays, boolean numbersByValue) {
        this.arrays = arrays;
        this.numbersByValue = numbersByValue;
    }

    boolean numbersByValue() {
        return numbersByValue;
    }

    List<Difference> compare(JsonNode baseline, JsonNode fork) {
        List<Difference> differences = new ArrayList<>();
        Deque<NodePair> pending = new ArrayDeque<>();
        pending.push(new NodePair(PointerPath.ROOT, baseline, fork, "body"));
        while (!pending.isEmpty()) {
            NodePair pair = pending.pop();
            List<NodePair> children = compareOne(pair, differences);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return differences;
    }

    /** Reports what differs at this pair itself and returns the child pairs still to compare. */
    private List<NodePair> compareOne(NodePair pair, List<Difference> differences) {
        JsonNode baseline = pair.baseline();
        JsonNode fork = pair.fork();
        if (baseline.isMissingNode() && fork.isMissingNode()) {
            return List.of();
        }
        if (baseline.isMissingNode()) {
            differences.add(difference(pair, Operation.ADDED, Relevance.HIGH, pair.noun() + " added in fork"));
            return List.of();
        }
        if (fork.isMissingNode()) {
            differences.add(difference(pair, Operation.REMOVED, Relevance.HIGH, pair.noun() + " missing in fork"));
            return List.of();
        }
        if (baseline.getNodeType() != fork.getNodeType()) {
            differences.add(difference(pair, Operation.TYPE_CHANGED, Relevance.HIGH,
                    "type changed from " + typeName(baseline) + " to " + typeName(fork)));
            return List.of();
        }
        if (baseline.isObject()) {
            return fields(pair);
        }
        if (baseline.isArray()) {
            return arrays.align(pair.path(), baseline, fork);
        }
        if (!sameValue(baseline, fork)) {
            differences.add(difference(pair, Operation.CHANGED, Relevance.MEDIUM, "value changed"));
        }
        return List.of();
    }

    private static List<NodePair> fields(NodePair pair) {
        JsonNode baseline = pair.baseline();
        JsonNode fork = pair.fork();
        List<NodePair> children = new ArrayList<>(Math.max(baseline.size(), fork.size()));
        for (Map.Entry<String, JsonNode> field : baseline.properties()) {
            children.add(new NodePair(pair.path().field(field.getKey()), field.getValue(),
                    fork.path(field.getKey()), "field"));
        }
        for (Map.Entry<String, JsonNode> field : fork.properties()) {
            if (!baseline.has(field.getKey())) {
                children.add(new NodePair(pair.path().field(field.getKey()), MissingNode.getInstance(),
                        field.getValue(), "field"));
            }
        }
        return children;
    }

    private boolean sameValue(JsonNode baseline, JsonNode fork) {
        return switch (baseline.getNodeType()) {
            case STRING -> baseline.textValue().equals(fork.textValue());
            case BOOLEAN -> baseline.booleanValue() == fork.booleanValue();
            case NULL -> true;
            case NUMBER -> sameNumber(baseline, fork);
            default -> baseline.equals(fork); // BINARY or POJO: leaves, never produced by parsing text
        };
    }

    /**
     * By default numbers must be written the same: an integer never equals a decimal, and decimals
     * must agree in scale (1.0 differs from 1.00), because a client may well depend on the format.
     * With {@code numbersByValue} only the numeric value counts.
     */
    private boolean sameNumber(JsonNode baseline, JsonNode fork) {
        if (numbersByValue) {
            return baseline.decimalValue().compareTo(fork.decimalValue()) == 0;
        }
        if (baseline.isIntegralNumber() != fork.isIntegralNumber()) {
            return false;
        }
        return baseline.isIntegralNumber()
                ? baseline.bigIntegerValue().equals(fork.bigIntegerValue())
                : baseline.decimalValue().equals(fork.decimalValue());
    }

    /** "number", "string", "boolean", "null", "object" or "array". */
    private static String typeName(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static Difference difference(NodePair pair, Operation operation, Relevance relevance, String reason) {
        return new Difference(Section.BODY, pair.path().toString(), operation, pair.baseline(), pair.fork(),
                relevance, reason);
    }
}
