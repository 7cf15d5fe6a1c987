package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.Relevance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The relevance to colour each line with: the highest among the differences that cover it. Asked
 * for lines in increasing order, it sweeps once over the ranges instead of searching them per line.
 */
final class LineMarks {

    private record Mark(int from, int to, Relevance relevance) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private final List<Mark> active = new ArrayList<>();
    private int next;
    private boolean sorted;

    void add(int from, int to, Relevance relevance) {
        marks.add(new Mark(from, to, relevance));
        sorted = false;
    }

    /** @return the highest relevance covering {@code line}, or {@code null}; lines must be asked in order */
    Relevance at(int line) {
        if (!sorted) {
            marks.sort(Comparator.comparingInt(Mark::from));
            sorted = true;
        }
        while (next < marks.size() && marks.get(next).from() <= line) {
            active.add(marks.get(next++));
        }
        active.removeIf(mark -> mark.to() < line);
        Relevance highest = null;
        for (Mark mark : active) {
            // Relevance is declared from HIGH to LOW, so a smaller ordinal matters more.
            if (highest == null || mark.relevance().ordinal() < highest.ordinal()) {
                highest = mark.relevance();
            }
        }
        return highest;
    }
}
