package dev.sandboxtests.diff.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON values as plain Java trees (maps, lists, {@link Text}, {@link Number}, booleans, null)
 * and their text in a choice of spellings, for the property test of {@link ChangedChildren}: the same
 * value can be written with other whitespace, with escapes, or with a number spelled otherwise, so
 * that bytes differ where values do not. Small value domains make equal elements common.
 */
final class RandomItems {

    private static final String[] KEYS = {"id", "name", "a", "b", "total", "x/y", "t~1", "", "ü", "note"};
    private static final String[] WORDS = {"a", "b", "é", "x/y", "", "a,b", "]}", "{[", "\"q\"", "back\\slash",
        "line\nbreak", "tab\t", "😀", "中", ":", "PAID", "SHIPPED"};

    /** A string value. */
    record Text(String value) {
    }

    /** A number by its value; {@link #write} may spell it in several ways. */
    record Number(BigDecimal value, boolean integer) {
    }

    private final Random random;

    RandomItems(Random random) {
        this.random = random;
    }

    Object value(int depth) {
        int pick = random.nextInt(depth <= 0 ? 6 : 8);
        return switch (pick) {
            case 0, 1 -> new Text(WORDS[random.nextInt(WORDS.length)]);
            case 2 -> new Number(BigDecimal.valueOf(random.nextInt(7) - 2), true);
            case 3 -> new Number(BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(4)), false);
            case 4 -> random.nextBoolean();
            case 5 -> random.nextInt(3) == 0 ? null : new Text("w" + random.nextInt(5));
            case 6 -> list(depth - 1);
            default -> object(depth - 1);
        };
    }

    List<Object> list(int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            list.add(value(depth));
        }
        return list;
    }

    Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            object.put(KEYS[random.nextInt(KEYS.length)], value(depth));
        }
        return object;
    }

    /**
     * A copy of {@code value} with one value somewhere inside it (not {@code value} itself, unless it is
     * empty or a scalar) replaced by a random one.
     */
    Object withOneValueInsideReplaced(Object value, int depth) {
        return withOneValueReplaced(value, depth, true);
    }

    @SuppressWarnings("unchecked")
    private Object withOneValueReplaced(Object value, int depth, boolean inside) {
        boolean descend = inside || random.nextInt(4) != 0;
        if (value instanceof Map<?, ?> map && !map.isEmpty() && descend) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            String key = new ArrayList<>(copy.keySet()).get(random.nextInt(copy.size()));
            copy.put(key, withOneValueReplaced(copy.get(key), depth - 1, false));
            return copy;
        }
        if (value instanceof List<?> list && !list.isEmpty() && descend) {
            List<Object> copy = new ArrayList<>(list);
            int index = random.nextInt(copy.size());
            copy.set(index, withOneValueReplaced(copy.get(index), depth - 1, false));
            return copy;
        }
        return value(Math.max(0, depth));
    }

    /**
     * The JSON text of {@code value}.
     *
     * @param spacing  0 compact, 1 a space after {@code ,} and {@code :}, 2 a new line per value
     * @param variants whether strings may be written with {@code \\u} escapes and numbers in other
     *                 spellings of the same value (decided by this generator's random numbers)
     */
    String write(Object value, int spacing, boolean variants) {
        StringBuilder out = new StringBuilder();
        write(value, spacing, variants, out);
        return out.toString();
    }

    private void write(Object value, int spacing, boolean variants, StringBuilder out) {
        String comma = spacing == 0 ? "," : spacing == 1 ? ", " : ",\n ";
        String colon = spacing == 0 ? ":" : ": ";
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> field : map.entrySet()) {
                out.append(separator);
                string((String) field.getKey(), false, out);
                out.append(colon);
                write(field.getValue(), spacing, variants, out);
                separator = comma;
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object element : list) {
                out.append(separator);
                write(element, spacing, variants, out);
                separator = comma;
            }
            out.append(']');
        } else if (value instanceof Text text) {
            string(text.value(), variants, out);
        } else if (value instanceof Number number) {
            out.append(variants ? spelled(number) : number.value().toPlainString());
        } else {
            out.append(value);
        }
    }

    /** The number written otherwise: the same text, more trailing zeros, or an exponent. */
    private String spelled(Number number) {
        BigDecimal value = number.value();
        return switch (number.integer() ? 0 : random.nextInt(3)) {
            case 1 -> value.setScale(value.scale() + 1).toPlainString();
            case 2 -> value.unscaledValue() + "E" + (-value.scale());
            default -> value.toPlainString();
        };
    }

    private void string(String value, boolean variants, StringBuilder out) {
        boolean escapeAll = variants && random.nextInt(3) == 0;
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (escapeAll || c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
