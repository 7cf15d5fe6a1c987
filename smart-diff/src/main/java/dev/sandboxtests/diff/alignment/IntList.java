package dev.sandboxtests.diff.alignment;

import java.util.Arrays;

/** A growable list of ints without boxing, used as a stack and as scratch space by the comparison. */
final class IntList {

    private int[] items;
    private int size;

    IntList(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int get(int index) {
        return items[index];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        items[size++] = value;
    }

    void add(int first, int second, int third) {
        if (size + 3 > items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 6);
        }
        items[size] = first;
        items[size + 1] = second;
        items[size + 2] = third;
        size += 3;
    }

    /** Removes and returns the last item. */
    int pop() {
        return items[--size];
    }

    /** Drops every item from {@code newSize} on. */
    void truncate(int newSize) {
        size = newSize;
    }

    void clear() {
        size = 0;
    }
}
