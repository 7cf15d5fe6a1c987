package dev.sandboxtests.diff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Diffs a generated pair of large JSON documents (50 MiB each by default) and checks the result:
 * meant to run in its own JVM with a small heap, as {@link LargeDocumentTest} does:
 * <pre>
 * java -Xmx512m -cp &lt;test classpath&gt; dev.sandboxtests.diff.LargeDocumentDiff [mebibytes]
 * </pre>
 * The fork changes the price of one item in a hundred, removes one item and inserts another, so the
 * expected differences are known exactly. Prints the time and the heap used; exits with 0 when the
 * differences are the expected ones, 1 otherwise (an {@link OutOfMemoryError} ends the JVM with a
 * non-zero status too).
 */
public final class LargeDocumentDiff {

    private static final int ITEM_BYTES = 420; // about, with the separators
    private static final int REMOVED = 7_777;
    private static final int INSERTED_BEFORE = 33_333;

    private LargeDocumentDiff() {
    }

    public static void main(String[] args) {
        int mebibytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int items = (int) ((long) mebibytes * 1024 * 1024 / ITEM_BYTES);
        long started = System.nanoTime();
        Capture baseline = Capture.of(200, Map.of("content-type", List.of("application/json")), document(items, false));
        Capture fork = Capture.of(200, Map.of("content-type", List.of("application/json")), document(items, true));
        long generated = System.nanoTime();

        BehaviorDiff diff = SmartDiff.defaults().compare(baseline, fork);
        long compared = System.nanoTime();

        Set<String> expected = new TreeSet<>();
        // Fork indices: after the removed item they shift down by one, after the inserted one back up.
        for (int item = 0; item < items; item++) {
            if (item % 100 == 50 && item != REMOVED) {
                int index = item < REMOVED ? item : item < INSERTED_BEFORE ? item - 1 : item;
                expected.add("CHANGED /items/" + index + "/price");
            }
        }
        expected.add("REMOVED /items/" + REMOVED);
        expected.add("ADDED /items/" + (INSERTED_BEFORE - 1));
        Set<String> found = new TreeSet<>();
        diff.differences().forEach(d -> found.add(d.operation() + " " + d.path()));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%d MiB documents, %,d items: generated in %.1f s, compared in %.1f s,"
                        + " %,d differences, heap max %d MiB, used now %d MiB%n",
                mebibytes, items, (generated - started) / 1e9, (compared - generated) / 1e9, found.size(),
                runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        if (!found.equals(expected) || diff.differences().size() != expected.size()) {
            System.out.println("unexpected differences: " + diff.differences().size() + " instead of "
                    + expected.size());
            System.exit(1);
        }
        System.out.println("as expected");
    }

    /** The catalog as bytes, written straight into an array: no string of 50 MiB on the way. */
    static byte[] document(int items, boolean fork) {
        AsciiBuffer out = new AsciiBuffer((long) items * (ITEM_BYTES + 40) + 1024);
        out.append("{\"kind\":\"catalog\",\"page\":{\"size\":").append(items).append(",\"number\":1},\"items\":[");
        boolean first = true;
        for (int item = 0; item < items; item++) {
            if (fork && item == INSERTED_BEFORE) {
                out.append(first ? "" : ",");
                item(out, 9_999_999, false);
                first = false;
            }
            if (fork && item == REMOVED) {
                continue;
            }
            out.append(first ? "" : ",");
            item(out, item, fork && item % 100 == 50);
            first = false;
        }
        out.append("]}");
        return out.toArray();
    }

    private static void item(AsciiBuffer out, int id, boolean changed) {
        out.append("{\"id\":").append(id)
                .append(",\"sku\":\"SKU-").append(id).append("-X\"")
                .append(",\"name\":\"Item number ").append(id).append(" with a moderately long name\"")
                .append(",\"description\":\"Designed for everyday use with a finish that lasts, easy to clean and"
                        + " built from responsibly sourced materials. Ships assembled.\"")
                .append(",\"price\":").append(1000 + id % 9000).append('.').append(changed ? "99" : "50")
                .append(",\"stock\":{\"available\":").append(id % 17).append(",\"warehouse\":\"AMS-")
                .append(id % 5).append("\"}")
                .append(",\"tags\":[\"new\",\"eco\",\"t").append(id % 13).append("\"]")
                .append(",\"active\":").append(id % 3 == 0 ? "true" : "false")
                .append(",\"discontinued\":null}");
    }

    /** Appends ASCII to a byte array sized up front. */
    private static final class AsciiBuffer {
        private final byte[] bytes;
        private int size;

        AsciiBuffer(long capacity) {
            bytes = new byte[(int) capacity];
        }

        AsciiBuffer append(String text) {
            for (int i = 0; i < text.length(); i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
            return this;
        }

        AsciiBuffer append(int number) {
            return append(Integer.toString(number));
        }

        AsciiBuffer append(char c) {
            bytes[size++] = (byte) c;
            return this;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }

    static String preview(byte[] document) {
        return new String(document, 0, Math.min(600, document.length), StandardCharsets.US_ASCII);
    }
}
