package dev.sandboxtests.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates realistic API payloads — a catalog listing: metadata, paging and links around an
 * {@code items} array of {@link CatalogItem}s — and their forks. Deterministic: the same arguments give
 * the same bytes on every machine.
 *
 * <pre>{@code
 * DocumentPair pair = ApiPayloads.ordered(DocumentSize.MEDIUM, Differing.ONE_PERCENT);
 * pair.baseline();              // about 75 KiB of JSON
 * pair.shape().changedPaths();  // ["/items/37/price"]
 * }</pre>
 *
 * <p>The metadata is identical on both sides, so the only differences are the changed items' prices
 * (and, for {@link #unordered}, the order of the items).
 */
public final class ApiPayloads {

    /** The seed every benchmark uses. */
    public static final long SEED = 20_240_601L;

    /** How many items the unordered scenario has, as issue 3 asks. */
    public static final int UNORDERED_ITEMS = 1_000;

    private ApiPayloads() {
    }

    /**
     * @param size      the size to aim at (the result is within half an item of it)
     * @param differing how many items the fork changes
     * @return a baseline and a fork with the items in the same order
     */
    public static DocumentPair ordered(DocumentSize size, Differing differing) {
        return ordered(size.targetBytes(), differing, SEED);
    }

    /**
     * @param kind      what the items look like
     * @param size      the size to aim at
     * @param differing how many items the fork changes
     * @return a baseline and a fork with the items in the same order
     */
    public static DocumentPair ordered(ItemKind kind, DocumentSize size, Differing differing) {
        long targetBytes = size.targetBytes();
        StringBuilder baseline = new StringBuilder((int) (targetBytes * 1.1));
        StringBuilder fork = new StringBuilder((int) (targetBytes * 1.1));
        PayloadShape shape = writeOrdered(kind, baseline, fork, targetBytes, differing, SEED);
        return new DocumentPair(baseline.toString(), fork.toString(), shape);
    }

    /**
     * @param kind      what the items look like
     * @param size      the size to aim at
     * @param differing how many items the fork changes
     * @return a baseline and a fork that lists the same items in a shuffled order, some changed
     */
    public static DocumentPair unordered(ItemKind kind, DocumentSize size, Differing differing) {
        return unordered(kind, itemCountFor(kind, size.targetBytes(), SEED), differing, SEED);
    }

    /**
     * @param targetBytes the size to aim at, in bytes
     * @param differing   how many items the fork changes
     * @param seed        the seed
     * @return a baseline and a fork with the items in the same order
     */
    public static DocumentPair ordered(long targetBytes, Differing differing, long seed) {
        StringBuilder baseline = new StringBuilder((int) (targetBytes * 1.1));
        StringBuilder fork = new StringBuilder((int) (targetBytes * 1.1));
        PayloadShape shape = writeOrdered(baseline, fork, targetBytes, differing, seed);
        return new DocumentPair(baseline.toString(), fork.toString(), shape);
    }

    /**
     * @param itemCount how many items both sides have
     * @param differing how many items the fork changes
     * @return a baseline and a fork that lists the same items in a shuffled order, some changed
     */
    public static DocumentPair unordered(int itemCount, Differing differing) {
        return unordered(itemCount, differing, SEED);
    }

    /**
     * @param itemCount how many items both sides have
     * @param differing how many items the fork changes
     * @param seed      the seed
     * @return a baseline and a fork that lists the same items in a shuffled order, some changed
     */
    public static DocumentPair unordered(int itemCount, Differing differing, long seed) {
        return unordered(ItemKind.CATALOG, itemCount, differing, seed);
    }

    private static DocumentPair unordered(ItemKind kind, int itemCount, Differing differing, long seed) {
        BitSet changed = chooseChanged(itemCount, differing, seed);
        StringBuilder baseline = new StringBuilder(itemCount * 700);
        StringBuilder fork = new StringBuilder(itemCount * 700);
        try {
            writeDocument(kind, baseline, seed, itemCount, null, null);
            writeDocument(kind, fork, seed, itemCount, shuffledOrder(itemCount, seed), changed);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new DocumentPair(baseline.toString(), fork.toString(), new PayloadShape(itemCount, list(changed), true, kind));
    }

    /**
     * Streams an ordered pair to two outputs, for documents too large to hold as strings.
     *
     * @param baseline    where the baseline goes
     * @param fork        where the fork goes
     * @param targetBytes the size to aim at, in bytes
     * @param differing   how many items the fork changes
     * @param seed        the seed
     * @return what was written
     */
    public static PayloadShape writeOrdered(Appendable baseline, Appendable fork, long targetBytes,
                                            Differing differing, long seed) {
        return writeOrdered(ItemKind.CATALOG, baseline, fork, targetBytes, differing, seed);
    }

    private static PayloadShape writeOrdered(ItemKind kind, Appendable baseline, Appendable fork, long targetBytes,
                                             Differing differing, long seed) {
        int itemCount = itemCountFor(kind, targetBytes, seed);
        BitSet changed = chooseChanged(itemCount, differing, seed);
        try {
            writeDocument(kind, baseline, seed, itemCount, null, null);
            writeDocument(kind, fork, seed, itemCount, null, changed);
        } catch (IOException writing) {
            throw new UncheckedIOException(writing);
        }
        return new PayloadShape(itemCount, list(changed), false, kind);
    }

    /**
     * The number of items whose document comes closest to {@code targetBytes}, found by measuring the
     * items one by one (cheap next to the diffs, and exact).
     */
    static int itemCountFor(long targetBytes, long seed) {
        return itemCountFor(ItemKind.CATALOG, targetBytes, seed);
    }

    private static int itemCountFor(ItemKind kind, long targetBytes, long seed) {
        StringBuilder item = new StringBuilder(1024);
        long itemBytes = 0;
        int count = 0;
        try {
            while (true) {
                item.setLength(0);
                kind.write(item, seed, count, false);
                long without = envelopeLength(count, seed) + itemBytes + Math.max(0, count - 1);
                long with = envelopeLength(count + 1, seed) + itemBytes + item.length() + count;
                if (count > 0 && Math.abs(with - targetBytes) >= Math.abs(without - targetBytes)) {
                    return count;
                }
                itemBytes += item.length();
                count++;
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static long envelopeLength(int itemCount, long seed) throws IOException {
        StringBuilder envelope = new StringBuilder(512);
        writeHead(envelope, seed, itemCount);
        writeTail(envelope, itemCount);
        return envelope.length();
    }

    /**
     * @param order   the baseline index of the item at each position, or {@code null} for baseline order
     * @param changed the baseline indices of the items to write changed, or {@code null} for none
     */
    private static void writeDocument(ItemKind kind, Appendable out, long seed, int itemCount, int[] order, BitSet changed)
            throws IOException {
        writeHead(out, seed, itemCount);
        for (int position = 0; position < itemCount; position++) {
            if (position > 0) {
                out.append(',');
            }
            int index = order == null ? position : order[position];
            kind.write(out, seed, index, changed != null && changed.get(index));
        }
        writeTail(out, itemCount);
    }

    private static void writeHead(Appendable out, long seed, int itemCount) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        out.append('{');
        JsonTokens.key(out, "apiVersion");
        JsonTokens.string(out, "2024-06-01");
        out.append(',');
        JsonTokens.key(out, "requestId");
        JsonTokens.string(out, new UUID(random.nextLong(), random.nextLong()).toString());
        out.append(',');
        JsonTokens.key(out, "generatedAt");
        JsonTokens.string(out, "2024-06-01T09:30:00Z");
        out.append(',');
        JsonTokens.key(out, "page");
        out.append("{\"number\":1,\"size\":").append(Integer.toString(itemCount))
                .append(",\"totalItems\":").append(Integer.toString(itemCount))
                .append(",\"totalPages\":1}");
        out.append(',');
        JsonTokens.key(out, "links");
        out.append("{\"self\":");
        JsonTokens.string(out, "https://api.example.test/v2/catalog/items?page=1&size=" + itemCount);
        out.append(",\"next\":null}");
        out.append(',');
        JsonTokens.key(out, "items");
        out.append('[');
    }

    private static void writeTail(Appendable out, int itemCount) throws IOException {
        out.append("],");
        JsonTokens.key(out, "facets");
        out.append("{\"currencies\":[\"EUR\",\"GBP\",\"USD\"],\"inStockOnly\":false,\"resultCount\":")
                .append(Integer.toString(itemCount)).append('}');
        out.append('}');
    }

    /** Which items the fork changes: all of them, or a seeded sample of the right size. */
    static BitSet chooseChanged(int itemCount, Differing differing, long seed) {
        BitSet changed = new BitSet(itemCount);
        if (differing == Differing.ALL) {
            changed.set(0, itemCount);
            return changed;
        }
        // A partial Fisher-Yates shuffle: the first `wanted` indices of a random permutation.
        int[] indices = identity(itemCount);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int wanted = differing.changedCount(itemCount);
        for (int i = 0; i < wanted; i++) {
            swap(indices, i, random.nextInt(i, itemCount));
            changed.set(indices[i]);
        }
        return changed;
    }

    private static int[] shuffledOrder(int itemCount, long seed) {
        int[] order = identity(itemCount);
        SplittableRandom random = new SplittableRandom(seed + 0x632BE59BD9B4E019L);
        for (int i = itemCount - 1; i > 0; i--) {
            swap(order, i, random.nextInt(i + 1));
        }
        return order;
    }

    private static int[] identity(int count) {
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = i;
        }
        return values;
    }

    private static void swap(int[] values, int i, int j) {
        int kept = values[i];
        values[i] = values[j];
        values[j] = kept;
    }

    private static List<Integer> list(BitSet bits) {
        List<Integer> indices = new ArrayList<>(bits.cardinality());
        bits.stream().forEach(indices::add);
        return indices;
    }
}
