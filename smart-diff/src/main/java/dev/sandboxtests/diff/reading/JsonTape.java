package dev.sandboxtests.diff.reading;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A JSON document as a compact "tape": one entry per value, in document order, in two parallel int
 * arrays plus one byte array, instead of a tree of objects. A 50 MB document takes about as much
 * memory as its text, where a Jackson tree of it takes several times more.
 *
 * <ul>
 *   <li>{@code kindKeys[node]}: the node's {@link #kind} in the low three bits, above them its field
 *       name's id in the comparison's {@link FieldNames} plus one (0 for an array element or the
 *       root).</li>
 *   <li>{@code offsets[node]}: where the node's bytes start in {@code values}; they end where the
 *       next node's start ({@code offsets[nodeCount]} closes the last one). A string's bytes are its
 *       UTF-8 ({@link Utf8}), a number's its text as written, {@code true}, {@code false} and
 *       {@code null} have none. A container's bytes are a 16-byte record: the number of nodes of its
 *       subtree (itself included), its number of children and the 64-bit hash of its subtree
 *       ({@link ValueHashing}).</li>
 * </ul>
 *
 * <p>A subtree is therefore one contiguous range of nodes and one contiguous range of bytes, and two
 * subtrees are identical exactly when both ranges are equal (with the byte offsets taken relative to
 * the subtree's start): {@link #mismatch} compares them with {@code Arrays.mismatch}, which is
 * vectorised. Immutable once read.
 */
public final class JsonTape {

    public static final int OBJECT = 0;
    public static final int ARRAY = 1;
    public static final int STRING = 2;
    public static final int INTEGER = 3;
    public static final int DECIMAL = 4;
    public static final int TRUE = 5;
    public static final int FALSE = 6;
    public static final int NULL = 7;

    static final int KIND_BITS = 3;
    static final int KIND_MASK = (1 << KIND_BITS) - 1;
    /** Bytes of a container's record: subtree size (int), child count (int), hash (long). */
    static final int RECORD_SIZE = 16;

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    final int[] kindKeys;
    final int[] offsets;
    final byte[] values;
    final int nodeCount;
    final FieldNames names;
    final boolean numbersByValue;

    JsonTape(int[] kindKeys, int[] offsets, byte[] values, int nodeCount, FieldNames names, boolean numbersByValue) {
        this.kindKeys = kindKeys;
        this.offsets = offsets;
        this.values = values;
        this.nodeCount = nodeCount;
        this.names = names;
        this.numbersByValue = numbersByValue;
    }

    /** @return the dictionary of the field names, shared with the other document of the comparison */
    public FieldNames names() {
        return names;
    }

    /** @return how many nodes the document has */
    public int nodeCount() {
        return nodeCount;
    }

    /** @return whether numbers are compared by numeric value rather than as written */
    public boolean numbersByValue() {
        return numbersByValue;
    }

    static int kindKey(int kind, int key) {
        return ((key + 1) << KIND_BITS) | kind;
    }

    /**
     * This tape with its field ids translated into {@code shared}, for a document read with a
     * dictionary of its own. Rewrites this tape's ids in place: use only the result afterwards.
     */
    public JsonTape withNames(FieldNames shared) {
        if (shared == names) {
            return this;
        }
        int[] ids = new int[names.size()];
        for (int id = 0; id < ids.length; id++) {
            ids[id] = shared.idOf(names.name(id));
        }
        for (int node = 0; node < nodeCount; node++) {
            int key = key(node);
            if (key >= 0) {
                kindKeys[node] = kindKey(kindKeys[node] & KIND_MASK, ids[key]);
            }
        }
        return new JsonTape(kindKeys, offsets, values, nodeCount, shared, numbersByValue);
    }

    public int kind(int node) {
        return kindKeys[node] & KIND_MASK;
    }

    /** The id of the node's field name, or -1 for an array element or the root. */
    public int key(int node) {
        return (kindKeys[node] >>> KIND_BITS) - 1;
    }

    public static boolean isContainer(int kind) {
        return kind <= ARRAY;
    }

    public boolean isContainerNode(int node) {
        return (kindKeys[node] & KIND_MASK) <= ARRAY;
    }

    /** The number of nodes of the node's subtree, itself included. */
    public int size(int node) {
        return isContainerNode(node) ? (int) INTS.get(values, offsets[node]) : 1;
    }

    /** The node after this node's subtree: its next sibling, or where its parent ends. */
    public int next(int node) {
        return node + size(node);
    }

    /** The number of children of a container. */
    public int count(int container) {
        return (int) INTS.get(values, offsets[container] + Integer.BYTES);
    }

    /** The child of object {@code node} named {@code key}, or -1 when it has none (or is no object). */
    public int field(int node, int key) {
        if (kind(node) != OBJECT) {
            return -1;
        }
        for (int child = node + 1, end = next(node); child < end; child = next(child)) {
            if (key(child) == key) {
                return child;
            }
        }
        return -1;
    }

    /** Element {@code index} of array {@code array}, or -1 when the array is shorter. */
    public int element(int array, int index) {
        if (index < 0 || index >= count(array)) {
            return -1;
        }
        int child = array + 1;
        for (int i = 0; i < index; i++) {
            child = next(child);
        }
        return child;
    }

    /** The subtree hash: stored for a container, computed for a scalar. */
    public long hash(int node) {
        int kind = kind(node);
        return switch (kind) {
            case OBJECT, ARRAY -> (long) LONGS.get(values, offsets[node] + 2 * Integer.BYTES);
            default -> scalarHash(kind, offsets[node], offsets[node + 1]);
        };
    }

    long scalarHash(int kind, int from, int to) {
        return switch (kind) {
            case STRING -> ValueHashing.string(values, from, to);
            case INTEGER -> ValueHashing.number(values, from, to, true, numbersByValue);
            case DECIMAL -> ValueHashing.number(values, from, to, false, numbersByValue);
            case TRUE -> ValueHashing.TRUE;
            case FALSE -> ValueHashing.FALSE;
            default -> ValueHashing.NULL;
        };
    }

    /** The scalar's bytes as text: a number as written, a string decoded. */
    String text(int node) {
        return Utf8.decode(values, offsets[node], offsets[node + 1]);
    }

    /** "object", "array", "string", "number", "boolean" or "null", as in the reasons of differences. */
    public static String typeName(int kind) {
        return switch (kind) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case INTEGER, DECIMAL -> "number";
            case TRUE, FALSE -> "boolean";
            default -> "null";
        };
    }

    /** Kinds of the same JSON type share one value here: integers and decimals, true and false. */
    public static int type(int kind) {
        return switch (kind) {
            case DECIMAL -> INTEGER;
            case FALSE -> TRUE;
            default -> kind;
        };
    }

    /**
     * Whether scalar {@code node} of tape {@code a} equals scalar {@code otherNode} of tape {@code b}:
     * strings by their characters, exactly (no Unicode normalisation); numbers as described on
     * {@link ValueHashing} (by default an integer never equals a decimal and decimals must agree in
     * scale; by value only the numeric value counts); booleans and null by kind.
     */
    public static boolean sameScalar(JsonTape a, int node, JsonTape b, int otherNode) {
        int kind = a.kind(node);
        int otherKind = b.kind(otherNode);
        if (type(kind) != type(otherKind)) {
            return false;
        }
        return switch (kind) {
            case STRING -> sameBytes(a, node, b, otherNode);
            case INTEGER, DECIMAL -> sameNumber(a, node, kind, b, otherNode, otherKind);
            case TRUE, FALSE -> kind == otherKind;
            default -> true;
        };
    }

    /** Whether two values are equal: scalars as {@link #sameScalar}, containers node for node. */
    public static boolean sameValue(JsonTape a, int node, JsonTape b, int otherNode) {
        boolean container = a.isContainerNode(node);
        if (container != b.isContainerNode(otherNode)) {
            return false;
        }
        if (!container) {
            return sameScalar(a, node, b, otherNode);
        }
        return a.hash(node) == b.hash(otherNode) && a.mismatch(node, b, otherNode) < 0;
    }

    private static boolean sameBytes(JsonTape a, int node, JsonTape b, int otherNode) {
        return Arrays.equals(a.values, a.offsets[node], a.offsets[node + 1],
                b.values, b.offsets[otherNode], b.offsets[otherNode + 1]);
    }

    private static boolean sameNumber(JsonTape a, int node, int kind, JsonTape b, int otherNode, int otherKind) {
        boolean byValue = a.numbersByValue;
        if (!byValue && kind != otherKind) {
            return false;
        }
        if (sameBytes(a, node, b, otherNode)) {
            return true; // the same text is the same number, whatever the mode
        }
        // Equal numbers hash alike: different hashes settle most cases without BigDecimal.
        if (a.scalarHash(kind, a.offsets[node], a.offsets[node + 1])
                != b.scalarHash(otherKind, b.offsets[otherNode], b.offsets[otherNode + 1])) {
            return false;
        }
        String text = a.text(node);
        String otherText = b.text(otherNode);
        try {
            if (byValue) {
                return new BigDecimal(text).compareTo(new BigDecimal(otherText)) == 0;
            }
            return kind == INTEGER
                    ? new BigInteger(text).equals(new BigInteger(otherText))
                    : new BigDecimal(text).equals(new BigDecimal(otherText));
        } catch (NumberFormatException beyondBigDecimal) {
            // An exponent beyond the int range: only the same text is known to be the same number.
            return false;
        }
    }

    /**
     * Compares this tape's subtree at {@code node} with {@code other}'s at {@code otherNode} node for
     * node: kinds, field names, structure and bytes.
     *
     * @return -1 when the two subtrees are identical; otherwise the position (relative to the two
     *     roots) of the first node that differs: every node before it is identical on both sides,
     *     bytes included
     */
    public int mismatch(int node, JsonTape other, int otherNode) {
        int size = size(node);
        int otherSize = other.size(otherNode);
        int length = Math.min(size, otherSize);
        int kinds = Arrays.mismatch(kindKeys, node, node + length, other.kindKeys, otherNode, otherNode + length);
        int limit = kinds < 0 ? length : kinds;
        // Byte boundaries: node j ends where node j + 1 starts, so a shifted start of j + 1 means
        // node j's bytes differ in length.
        int start = offsets[node];
        int otherStart = other.offsets[otherNode];
        int delta = start - otherStart;
        int[] otherOffsets = other.offsets;
        for (int j = 1; j <= limit; j++) {
            if (offsets[node + j] - otherOffsets[otherNode + j] != delta) {
                limit = j - 1;
                break;
            }
        }
        int byteEnd = offsets[node + limit];
        int bytes = Arrays.mismatch(values, start, byteEnd, other.values, otherStart, otherStart + (byteEnd - start));
        if (bytes >= 0) {
            return nodeAtByte(node, limit, start + bytes);
        }
        return limit == size && size == otherSize ? -1 : limit;
    }

    /** The node among the {@code limit} nodes from {@code node} whose bytes hold byte {@code at}. */
    private int nodeAtByte(int node, int limit, int at) {
        int low = 0;
        int high = limit - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (offsets[node + middle] <= at) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
