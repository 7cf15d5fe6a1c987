package dev.sandboxtests.diff.reading;

import java.util.Arrays;

/**
 * The field names of the two documents of one comparison, each given a small id. Both documents are
 * read with the same dictionary, so equal names have equal ids on both sides and fields are matched
 * by comparing ints. Not thread-safe: one per comparison.
 *
 * <p>Jackson canonicalises the field names it reads, so a repeated name is usually the same
 * {@code String} instance and is found by identity before {@code equals} is needed.
 */
public final class FieldNames {

    private String[] table = new String[128];
    private int[] tableIds = new int[128];
    private int shift = Integer.SIZE - 7;
    private String[] names = new String[32];
    private long[] hashes = new long[32];
    private String[] escaped = new String[32];
    private int size;

    /** The id of {@code name}, adding it when it is new. */
    int idOf(String name) {
        int mask = table.length - 1;
        int slot = slot(name);
        while (true) {
            String candidate = table[slot];
            if (candidate == null) {
                return add(name, slot);
            }
            if (candidate == name || candidate.equals(name)) {
                return tableIds[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of {@code name}, or -1 when neither document has a field of that name. */
    public int find(String name) {
        int mask = table.length - 1;
        int slot = slot(name);
        while (true) {
            String candidate = table[slot];
            if (candidate == null) {
                return -1;
            }
            if (candidate.equals(name)) {
                return tableIds[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    public String name(int id) {
        return names[id];
    }

    /** The name's hash, which depends only on its characters. */
    public long hash(int id) {
        return hashes[id];
    }

    /** The name as an RFC 6901 pointer segment, escaped once and kept. */
    public String segment(int id) {
        String segment = escaped[id];
        if (segment == null) {
            segment = PointerPath.escape(names[id]);
            escaped[id] = segment;
        }
        return segment;
    }

    public int size() {
        return size;
    }

    private int add(String name, int slot) {
        int id = size++;
        if (id == names.length) {
            int grown = names.length * 2;
            names = Arrays.copyOf(names, grown);
            hashes = Arrays.copyOf(hashes, grown);
            escaped = Arrays.copyOf(escaped, grown);
        }
        names[id] = name;
        hashes[id] = ValueHashing.fieldName(name);
        table[slot] = name;
        tableIds[slot] = id;
        if (size * 4 > table.length) {
            rehash(); // a sparse table: most names are found at their first slot
        }
        return id;
    }

    private void rehash() {
        String[] grown = new String[table.length * 2];
        int[] grownIds = new int[grown.length];
        int mask = grown.length - 1;
        shift--;
        for (int id = 0; id < size; id++) {
            int slot = slot(names[id]);
            while (grown[slot] != null) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = names[id];
            grownIds[slot] = id;
        }
        table = grown;
        tableIds = grownIds;
    }

    /** Fibonacci hashing: the top bits of the hash times the golden ratio. */
    private int slot(String name) {
        return (name.hashCode() * 0x9E3779B1) >>> shift;
    }
}
