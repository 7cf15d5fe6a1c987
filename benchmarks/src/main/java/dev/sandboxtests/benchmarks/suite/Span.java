package dev.sandboxtests.benchmarks.suite;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stretch of wall-clock time, from {@code start} to {@code end} (not before it). */
record Span(Instant start, Instant end) {

    Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A span ends (" + end + ") before it starts (" + start + ").");
        }
    }

    Duration length() {
        return Duration.between(start, end);
    }

    /** The part of this span inside {@code window}; empty when they do not meet. */
    Optional<Span> within(Span window) {
        Instant from = start.isAfter(window.start) ? start : window.start;
        Instant to = end.isBefore(window.end) ? end : window.end;
        return to.isAfter(from) ? Optional.of(new Span(from, to)) : Optional.empty();
    }
}
