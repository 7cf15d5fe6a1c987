package dev.sandboxtests.diff.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * Compares a value from a {@link dev.sandboxtests.diff.Difference} with a value a test wrote in
 * Java. Numbers are equal when their numeric values are ({@code 100} equals a {@code BigInteger}
 * node of 100, {@code 1.5} a decimal node of {@code 1.50}); everything else must be equal as JSON.
 */
final class ValueMatching {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Leaves: numbers by value, anything else by equality. Containers are walked by Jackson. */
    private static final Comparator<JsonNode> LEAVES = (a, b) -> {
        BigDecimal left = decimal(a);
        BigDecimal right = decimal(b);
        if (left != null && right != null) {
            return left.compareTo(right);
        }
        return a.equals(b) ? 0 : 1;
    };

    private ValueMatching() {
    }

    /**
     * The JSON form of a Java value: {@code null} is JSON null, a {@code JsonNode} (such as
     * {@link DifferenceAssert#ABSENT}) is itself, strings, characters, booleans, numbers and enums
     * are the matching JSON scalars, and anything else (a {@code Map}, a {@code List}, a record) is
     * converted by Jackson.
     */
    static JsonNode toJson(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return TextNode.valueOf(value.toString());
        }
        if (value instanceof Enum<?> constant) {
            return TextNode.valueOf(constant.name());
        }
        if (value instanceof Boolean bool) {
            return BooleanNode.valueOf(bool);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        return JSON.valueToTree(value);
    }

    /** Whether {@code actual} equals {@code expected} as JSON, numbers compared by value. */
    static boolean matches(JsonNode actual, JsonNode expected) {
        return actual.equals(LEAVES, expected);
    }

    private static JsonNode number(Number number) {
        if (number instanceof BigDecimal decimal) {
            return DecimalNode.valueOf(decimal);
        }
        if (number instanceof BigInteger integer) {
            return DecimalNode.valueOf(new BigDecimal(integer));
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            // toString of the boxed value keeps what was written: 0.1f is 0.1, not 0.10000000149…
            return Double.isFinite(value) ? DecimalNode.valueOf(new BigDecimal(number.toString()))
                    : DoubleNode.valueOf(value);
        }
        return DecimalNode.valueOf(BigDecimal.valueOf(number.longValue()));
    }

    /** The numeric value of a number node, or null for anything else (and for NaN or infinity). */
    private static BigDecimal decimal(JsonNode node) {
        if (!node.isNumber()) {
            return null;
        }
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            return null;
        }
        return node.decimalValue();
    }
}
