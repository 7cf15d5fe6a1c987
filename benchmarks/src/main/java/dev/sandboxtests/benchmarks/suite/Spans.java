package dev.sandboxtests.benchmarks.suite;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sums and unions of spans that may overlap, as test classes running in parallel make them: the sum counts
 * each span whole, the union counts each instant of wall time once, however many spans cover it.
 */
final class Spans {

    private Spans() {
    }

    /** Every span's length added up, overlaps counted as often as they occur. */
    static Duration summed(Collection<Span> spans) {
        return spans.stream().map(Span::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The wall time covered by at least one span. */
    static Duration covered(Collection<Span> spans) {
        return summed(merged(spans));
    }

    /** The spans merged where they overlap or touch, in order: no two of the result share an instant. */
    static List<Span> merged(Collection<Span> spans) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparing(Span::start)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span.start().isAfter(last.end())) {
                Instant end = span.end().isAfter(last.end()) ? span.end() : last.end();
                merged.set(merged.size() - 1, new Span(last.start(), end));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The parts of {@code spans} inside {@code window}. */
    static List<Span> within(Collection<Span> spans, Span window) {
        return spans.stream().flatMap(span -> span.within(window).stream()).toList();
    }

    /** Both collections as one list. */
    static List<Span> both(Collection<Span> first, Collection<Span> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
