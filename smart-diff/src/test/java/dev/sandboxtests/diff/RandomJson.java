package dev.sandboxtests.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random JSON documents and random edits of them, for the property tests: objects, arrays of mixed
 * types, strings with Unicode beyond the BMP, integers small and huge, decimals of various scales,
 * booleans and null. Small value domains make duplicates (and so ambiguous alignments) common.
 */
final class RandomJson {

    /** Reads JSON the way smart-diff does: exact numbers, so trees compare like the engine compares. */
    static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of("id", "name", "a", "b", "total", "x/y", "t~1", "", "ü");

    private RandomJson() {
    }

    /** A document whose root is an object or an array, nested up to {@code depth} levels. */
    static Arbitrary<JsonNode> documents(int depth) {
        return Arbitraries.oneOf(array(depth), object(depth));
    }

    static Arbitrary<JsonNode> value(int depth) {
        if (depth <= 0) {
            return scalar();
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalar()),
                net.jqwik.api.Tuple.of(1, array(depth - 1)),
                net.jqwik.api.Tuple.of(1, object(depth - 1)));
    }

    static Arbitrary<JsonNode> array(int depth) {
        return value(depth).list().ofMaxSize(12).map(values -> {
            ArrayNode array = NODES.arrayNode();
            values.forEach(array::add);
            return array;
        });
    }

    static Arbitrary<JsonNode> object(int depth) {
        return Arbitraries.maps(Arbitraries.of(KEYS), value(depth)).ofMaxSize(6).map(fields -> {
            ObjectNode object = NODES.objectNode();
            fields.forEach(object::set);
            return object;
        });
    }

    static Arbitrary<JsonNode> scalar() {
        Arbitrary<JsonNode> strings = Arbitraries.oneOf(
                Arbitraries.of("a", "b", "é", "e\u0301", "\uD83D\uDE00", "x/y", "").map(TextNode::valueOf),
                Arbitraries.strings().withChars("abcé€\u4e2d\uD83D\uDE00\"\\\n\t").ofMaxLength(12)
                        .filter(RandomJson::noSplitSurrogate).map(TextNode::valueOf));
        Arbitrary<JsonNode> integers = Arbitraries.oneOf(
                Arbitraries.integers().between(-2, 3).map(i -> BigIntegerNode.valueOf(BigInteger.valueOf(i))),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(BigIntegerNode::valueOf));
        Arbitrary<JsonNode> decimals = Combinators.combine(
                Arbitraries.integers().between(-1000, 1000), Arbitraries.integers().between(0, 3))
                .as((unscaled, scale) -> DecimalNode.valueOf(BigDecimal.valueOf(unscaled, scale)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, strings),
                net.jqwik.api.Tuple.of(3, integers),
                net.jqwik.api.Tuple.of(2, decimals),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(NullNode.getInstance())));
    }

    private static boolean noSplitSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return false;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One edit of a document: {@code kind} picks the operation (insert, delete or replace an array
     * element; add, remove or change a field), {@code target} the container, {@code position} the
     * element or field.
     */
    record Edit(int kind, int target, int position, String key, JsonNode value) {
    }

    static Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(KEYS),
                value(1)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    /** A copy of {@code document} with the edits applied in order. */
    static JsonNode edited(JsonNode document, List<Edit> edits) {
        JsonNode copy = document.deepCopy();
        for (Edit edit : edits) {
            List<ContainerNode<?>> containers = containers(copy);
            ContainerNode<?> target = containers.get(edit.target() % containers.size());
            if (target instanceof ArrayNode array) {
                int size = array.size();
                switch (edit.kind()) {
                    case 0 -> array.insert(edit.position() % (size + 1), edit.value());
                    case 1 -> {
                        if (size > 0) {
                            array.remove(edit.position() % size);
                        }
                    }
                    default -> {
                        if (size > 0) {
                            array.set(edit.position() % size, edit.value());
                        }
                    }
                }
            } else {
                ObjectNode object = (ObjectNode) target;
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                switch (edit.kind()) {
                    case 0 -> object.set(edit.key(), edit.value());
                    case 1 -> {
                        if (!names.isEmpty()) {
                            object.remove(names.get(edit.position() % names.size()));
                        }
                    }
                    default -> {
                        if (!names.isEmpty()) {
                            object.set(names.get(edit.position() % names.size()), edit.value());
                        }
                    }
                }
            }
        }
        return copy;
    }

    /** Every container of the document, in document order. */
    static List<ContainerNode<?>> containers(JsonNode root) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node instanceof ContainerNode<?> container) {
                containers.add(container);
                List<JsonNode> children = new ArrayList<>();
                node.elements().forEachRemaining(children::add);
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
        return containers;
    }

    /**
     * A copy with every object's fields in reverse order and, with {@code arraysToo}, every array's
     * elements shuffled (reproducibly, from {@code seed}).
     */
    static JsonNode reordered(JsonNode node, long seed, boolean arraysToo) {
        Random random = new Random(seed);
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            ObjectNode copy = NODES.objectNode();
            for (int i = fields.size() - 1; i >= 0; i--) {
                copy.set(fields.get(i).getKey(), reordered(fields.get(i).getValue(), random.nextLong(), arraysToo));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> elements = new ArrayList<>();
            array.elements().forEachRemaining(element -> elements.add(reordered(element, random.nextLong(), arraysToo)));
            if (arraysToo) {
                Collections.shuffle(elements, random);
            }
            ArrayNode copy = NODES.arrayNode();
            elements.forEach(copy::add);
            return copy;
        }
        return node;
    }

    /**
     * Equality as the engine sees it by default. {@code JsonNode.equals} is not quite that: it takes
     * decimals as equal by value, so {@code 1.0} would equal {@code 1.00}.
     */
    static boolean same(JsonNode a, JsonNode b) {
        return a.equals(STRICT_NUMBERS, b);
    }

    private static final Comparator<JsonNode> STRICT_NUMBERS = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            boolean same = a.isIntegralNumber() == b.isIntegralNumber()
                    && (a.isIntegralNumber() ? a.bigIntegerValue().equals(b.bigIntegerValue())
                            : a.decimalValue().equals(b.decimalValue()));
            return same ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    static String text(JsonNode node) {
        try {
            return EXACT.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static JsonNode parse(String json) {
        try {
            return EXACT.readTree(json);
        } catch (JsonProcessingException invalid) {
            throw new IllegalArgumentException(invalid);
        }
    }
}
