package dev.sandboxtests.diff.reading;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads a JSON body into a {@link JsonTape} with Jackson's streaming parser, in one pass and without
 * a {@code String} per value: string characters are encoded straight into the tape's bytes. The
 * subtree hashes are computed bottom-up on the way, when each container closes.
 *
 * <p>The rules are those of the rest of smart-diff ({@link JsonReading}): duplicate keys and trailing
 * content are errors, nesting may be very deep. Duplicate keys are found here, by field id, rather than
 * by Jackson, whose detection costs a hash set per object. The parse is a loop, not a recursion, so
 * depth costs heap, not stack.
 */
public final class JsonTapeReader {

    /** Strings longer than this are copied from Jackson in segments instead of as one char array. */
    private static final int SEGMENTED_STRING = 1 << 16;

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final FieldNames names;
    private final boolean numbersByValue;

    private int[] kindKeys;
    private int[] offsets;
    private int nodes;
    private byte[] values;
    private int used;

    // The containers still open, innermost last: node, running hash, child count.
    private int[] openNodes = new int[16];
    private long[] openHashes = new long[16];
    private int[] openCounts = new int[16];
    private int depth;

    // Duplicate keys: per field id, the number (from 1) of the open object it was last seen in. A
    // nested object overwrites entries and logs the old values, to restore them when it closes.
    private int[] seenIn = new int[64];
    private int[] overwritten = new int[64];
    private int overwrittenSize;
    private int[] openObjectNumbers = new int[16];
    private int[] openOverwritten = new int[16];
    private int objects;
    private int maxDepth;

    private ByteSpans spans;
    private int spanOrigin;

    // The JSON text as read, for strings copied from it without decoding: the bytes and where the
    // parser's offset 0 is in them.
    private byte[] input;
    private int inputOrigin;
    private int inputEnd;

    private JsonTapeReader(int length, FieldNames names, boolean numbersByValue) {
        this.names = names;
        this.numbersByValue = numbersByValue;
        // Typical API payloads have one value per 10 to 20 bytes, and fewer value bytes than text bytes.
        int estimate = Math.max(16, length / 12);
        this.kindKeys = new int[estimate];
        this.offsets = new int[estimate + 1];
        this.values = new byte[Math.max(64, length + 64)];
    }

    /**
     * @param body  a body classified as {@link BodyKind#JSON}
     * @param side  "baseline" or "fork", for error messages
     * @param names the dictionary shared by both documents of the comparison
     * @throws dev.sandboxtests.diff.DiffException when the body is not valid JSON
     */
    public static JsonTape read(ClassifiedBody body, String side, FieldNames names, boolean numbersByValue) {
        return read(body, side, names, numbersByValue, null);
    }

    /**
     * As {@link #read(ClassifiedBody, String, FieldNames, boolean)}, also noting in {@code spans}
     * where each container starts and ends in the body's bytes.
     */
    public static JsonTape read(ClassifiedBody body, String side, FieldNames names, boolean numbersByValue,
                                ByteSpans spans) {
        byte[] bytes = body.bytes();
        int from = body.jsonStart();
        JsonTapeReader reader = new JsonTapeReader(bytes.length - from, names, numbersByValue);
        reader.spans = spans;
        reader.spanOrigin = from;
        reader.readsFrom(bytes, from, bytes.length);
        try (JsonParser parser = JsonReading.TAPE_FACTORY.createParser(bytes, from, bytes.length - from)) {
            reader.readOneValue(parser);
        } catch (JsonProcessingException invalid) {
            throw JsonReading.invalid(invalid, body, side);
        } catch (IOException impossible) {
            // Reading from a byte array cannot fail with anything but a processing exception.
            throw new UncheckedIOException(impossible);
        }
        return reader.tape();
    }

    /**
     * Reads {@code bytes[from, to)} when it is exactly one valid JSON value.
     *
     * @param enclosing how many containers enclose the value in its body: read on its own, it is that
     *                  much less deep, so Jackson's nesting limit is checked here for the depth it has
     *                  in place
     * @return the tape, or {@code null} when the bytes are not one valid JSON value, or it nests too
     *     deep in place
     */
    public static JsonTape readPart(byte[] bytes, int from, int to, int enclosing, FieldNames names,
                                    boolean numbersByValue) {
        JsonTapeReader reader = new JsonTapeReader(to - from, names, numbersByValue);
        reader.readsFrom(bytes, from, to);
        try (JsonParser parser = JsonReading.TAPE_FACTORY.createParser(bytes, from, to - from)) {
            reader.readOneValue(parser);
        } catch (IOException notOneValue) {
            return null;
        }
        return reader.nodes == 0 || enclosing + reader.maxDepth > JsonReading.MAX_NESTING_DEPTH ? null : reader.tape();
    }

    /**
     * Reads the container that starts at {@code from} (after any whitespace) and stops after its
     * closing bracket, whatever follows it: for reading one changed value in the middle of a body
     * whose surroundings are known to be the same as in the other body.
     *
     * @param to             where the bytes the container may use end
     * @param expectedLength about how long the container is, to size the tape (it grows if need be)
     * @param enclosing      how many containers enclose it in its body, as for {@link #readPart}
     * @return the container, or {@code null} when the bytes from {@code from} do not start with one
     *     valid JSON object or array that ends before {@code to}, or it nests too deep in place
     */
    public static ValueAt readContainerAt(byte[] bytes, int from, int to, int expectedLength, int enclosing,
                                          FieldNames names, boolean numbersByValue) {
        JsonTapeReader reader = new JsonTapeReader(Math.min(to - from, expectedLength), names, numbersByValue);
        reader.readsFrom(bytes, from, to);
        try (JsonParser parser = JsonReading.TAPE_FACTORY.createParser(bytes, from, to - from)) {
            reader.readValue(parser);
            JsonToken last = parser.currentToken();
            if (reader.nodes == 0 || reader.depth != 0 || enclosing + reader.maxDepth > JsonReading.MAX_NESTING_DEPTH
                    || (last != JsonToken.END_OBJECT && last != JsonToken.END_ARRAY)) {
                return null;
            }
            // The closing bracket is one byte: the container ends right after it.
            int end = from + (int) parser.currentTokenLocation().getByteOffset() + 1;
            return new ValueAt(reader.tape(), end);
        } catch (IOException notOneContainer) {
            return null;
        }
    }

    private void readsFrom(byte[] bytes, int from, int to) {
        input = bytes;
        inputOrigin = from;
        inputEnd = to;
    }

    private void readOneValue(JsonParser parser) throws IOException {
        readValue(parser);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + trailing
                    + ") found after the JSON value", parser.currentTokenLocation());
        }
    }

    private JsonTape tape() {
        offsets[nodes] = used;
        return new JsonTape(kindKeys, offsets, values, nodes, names, numbersByValue);
    }

    /** Reads exactly one value, the document's root, leaving the parser on its last token. */
    private void readValue(JsonParser parser) throws IOException {
        int key = -1;
        do {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return; // blank bodies are classified as empty before this; Jackson reports other ends
            }
            switch (token.id()) {
                case JsonTokenId.ID_FIELD_NAME -> {
                    key = names.idOf(parser.currentName());
                    if (!firstInItsObject(key)) {
                        throw new JsonParseException(parser, "Duplicate field '" + names.name(key) + "'");
                    }
                    continue;
                }
                case JsonTokenId.ID_START_OBJECT -> open(JsonTape.OBJECT, key, parser);
                case JsonTokenId.ID_START_ARRAY -> open(JsonTape.ARRAY, key, parser);
                case JsonTokenId.ID_END_OBJECT, JsonTokenId.ID_END_ARRAY -> close(parser);
                case JsonTokenId.ID_STRING -> string(parser, key);
                case JsonTokenId.ID_NUMBER_INT -> number(parser, JsonTape.INTEGER, key);
                case JsonTokenId.ID_NUMBER_FLOAT -> number(parser, JsonTape.DECIMAL, key);
                case JsonTokenId.ID_TRUE -> scalar(JsonTape.TRUE, key, ValueHashing.TRUE);
                case JsonTokenId.ID_FALSE -> scalar(JsonTape.FALSE, key, ValueHashing.FALSE);
                case JsonTokenId.ID_NULL -> scalar(JsonTape.NULL, key, ValueHashing.NULL);
                default -> throw new IllegalStateException("unexpected token " + token + " in a JSON text");
            }
            key = -1;
        } while (depth > 0);
    }

    private int newNode(int kind, int key) {
        if (nodes + 1 >= kindKeys.length) {
            int grown = kindKeys.length + (kindKeys.length >> 1) + 16;
            kindKeys = Arrays.copyOf(kindKeys, grown);
            offsets = Arrays.copyOf(offsets, grown + 1);
        }
        int node = nodes++;
        kindKeys[node] = JsonTape.kindKey(kind, key);
        offsets[node] = used;
        return node;
    }

    private void ensureRoom(long bytes) {
        long needed = used + bytes;
        if (needed > values.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a JSON body of more than 2 GB of values cannot be compared");
            }
            long grown = Math.max(needed, values.length + (long) (values.length >> 1));
            values = Arrays.copyOf(values, (int) Math.min(grown, Integer.MAX_VALUE - 16));
        }
    }

    private void open(int kind, int key, JsonParser parser) {
        int node = newNode(kind, key);
        if (spans != null) {
            spans.start(node, spanOrigin + (int) parser.currentTokenLocation().getByteOffset());
        }
        ensureRoom(JsonTape.RECORD_SIZE);
        used += JsonTape.RECORD_SIZE;
        if (depth == openNodes.length) {
            int grown = depth * 2;
            openNodes = Arrays.copyOf(openNodes, grown);
            openHashes = Arrays.copyOf(openHashes, grown);
            openCounts = Arrays.copyOf(openCounts, grown);
            openObjectNumbers = Arrays.copyOf(openObjectNumbers, grown);
            openOverwritten = Arrays.copyOf(openOverwritten, grown);
        }
        openNodes[depth] = node;
        openHashes[depth] = 0;
        openCounts[depth] = 0;
        openObjectNumbers[depth] = kind == JsonTape.OBJECT ? ++objects : 0;
        openOverwritten[depth] = overwrittenSize;
        depth++;
        maxDepth = Math.max(maxDepth, depth);
    }

    /** Records {@code key} in the innermost open object; false when that object already has it. */
    private boolean firstInItsObject(int key) {
        if (key >= seenIn.length) {
            seenIn = Arrays.copyOf(seenIn, Math.max(key + 1, seenIn.length * 2));
        }
        int object = openObjectNumbers[depth - 1];
        int previous = seenIn[key];
        if (previous == object) {
            return false;
        }
        if (overwrittenSize + 2 > overwritten.length) {
            overwritten = Arrays.copyOf(overwritten, overwritten.length * 2);
        }
        overwritten[overwrittenSize++] = key;
        overwritten[overwrittenSize++] = previous;
        seenIn[key] = object;
        return true;
    }

    private void close(JsonParser parser) {
        depth--;
        if (spans != null) {
            // The closing bracket is one byte: the container ends right after it.
            spans.end(openNodes[depth], spanOrigin + (int) parser.currentTokenLocation().getByteOffset() + 1);
        }
        for (int mark = openOverwritten[depth]; overwrittenSize > mark; ) {
            int previous = overwritten[--overwrittenSize];
            seenIn[overwritten[--overwrittenSize]] = previous;
        }
        int node = openNodes[depth];
        int count = openCounts[depth];
        boolean object = (kindKeys[node] & JsonTape.KIND_MASK) == JsonTape.OBJECT;
        long hash = object ? ValueHashing.object(openHashes[depth], count) : ValueHashing.array(openHashes[depth], count);
        int record = offsets[node];
        INTS.set(values, record, nodes - node);
        INTS.set(values, record + Integer.BYTES, count);
        LONGS.set(values, record + 2 * Integer.BYTES, hash);
        addToParent((kindKeys[node] >>> JsonTape.KIND_BITS) - 1, hash);
    }

    private void addToParent(int key, long hash) {
        if (depth == 0) {
            return;
        }
        int parent = depth - 1;
        openCounts[parent]++;
        if (key >= 0) {
            openHashes[parent] += ValueHashing.field(names.hash(key), hash);
        } else {
            openHashes[parent] = ValueHashing.element(openHashes[parent], hash);
        }
    }

    private void scalar(int kind, int key, long hash) {
        newNode(kind, key);
        addToParent(key, hash);
    }

    private void string(JsonParser parser, int key) throws IOException {
        newNode(JsonTape.STRING, key);
        int start = used;
        if (!copyRaw(parser)) {
            decodeAndEncode(parser);
        }
        addToParent(key, ValueHashing.string(values, start, used));
    }

    /**
     * The fast path for a string without escapes: its bytes in the input, between the quotes, are
     * already exactly what {@link Utf8#encode} would write for its characters, because every JSON
     * body is validated as strict UTF-8 before it is read ({@link ClassifiedBody}), and strict UTF-8
     * holds no lone surrogates. So the bytes are copied as they are, and Jackson, which has not
     * decoded the string yet, only skips over it (still checking it) on the next token. A string
     * with an escape, or longer than Jackson's limit, takes the decoding path, where Jackson reports
     * what is wrong with it as before.
     *
     * @return false, having changed nothing, when the string must be decoded instead
     */
    private boolean copyRaw(JsonParser parser) {
        int from = inputOrigin + stringStart(parser);
        if (from <= inputOrigin || from > inputEnd || input[from - 1] != '"') {
            return false;
        }
        int end = quoteOrBackslash(input, from, inputEnd);
        int length = end - from;
        if (end == inputEnd || input[end] != '"' || length > JsonReading.MAX_STRING_LENGTH) {
            return false;
        }
        ensureRoom(length);
        System.arraycopy(input, from, values, used, length);
        used += length;
        return true;
    }

    /**
     * Where the current string's first byte is, relative to the parser's start: for Jackson's byte
     * parsers the token's offset, which for a string is just after its opening quote (the caller checks
     * that quote); otherwise from the token's location, which costs an object.
     */
    private static int stringStart(JsonParser parser) {
        long offset = parser instanceof ParserBase base
                ? base.getTokenCharacterOffset()
                : parser.currentTokenLocation().getByteOffset() + 1;
        return offset > 0 && offset < Integer.MAX_VALUE ? (int) offset : -1;
    }

    /** The offset of the first {@code "} or {@code \\} in {@code bytes[from, to)}, or {@code to}. */
    private static int quoteOrBackslash(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] != '"' && bytes[i] != '\\') {
            i++;
        }
        return i;
    }

    private void decodeAndEncode(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length <= SEGMENTED_STRING) {
            char[] chars = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            ensureRoom(3L * length);
            used = Utf8.encode(chars, offset, length, values, used);
        } else {
            // Jackson keeps a long string in segments; asking for one array would copy it once more.
            ensureRoom(length);
            try (SegmentWriter writer = new SegmentWriter()) {
                parser.getText(writer);
            }
        }
    }

    private void number(JsonParser parser, int kind, int key) throws IOException {
        newNode(kind, key);
        int start = used;
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        ensureRoom(length);
        for (int i = 0; i < length; i++) {
            values[used++] = (byte) chars[offset + i]; // JSON numbers are ASCII
        }
        addToParent(key, ValueHashing.number(values, start, used, kind == JsonTape.INTEGER, numbersByValue));
    }

    /**
     * Encodes the segments of a long string as they come. A surrogate pair split between two segments
     * is held back and encoded whole, so the bytes are the same as for the string in one piece.
     */
    private final class SegmentWriter extends Writer {

        private char pendingHigh;

        @Override
        public void write(char[] chars, int offset, int length) {
            int from = offset;
            int count = length;
            if (count == 0) {
                return;
            }
            ensureRoom(3L * count + 4);
            if (pendingHigh != 0) {
                char[] pair = {pendingHigh, chars[from]};
                boolean joined = Character.isLowSurrogate(chars[from]);
                used = Utf8.encode(pair, 0, joined ? 2 : 1, values, used);
                pendingHigh = 0;
                if (joined) {
                    from++;
                    count--;
                }
            }
            if (count > 0 && Character.isHighSurrogate(chars[from + count - 1])) {
                pendingHigh = chars[from + count - 1];
                count--;
            }
            used = Utf8.encode(chars, from, count, values, used);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            if (pendingHigh != 0) {
                used = Utf8.encode(new char[] {pendingHigh}, 0, 1, values, used);
                pendingHigh = 0;
            }
        }
    }
}
