package dev.sandboxtests.benchmarks.suite;

import java.time.Duration;
import java.util.Collection;

/**
 * Spans of one kind: how many, their lengths added up, and the wall time they cover together (never more than
 * the sum; less when they ran at the same time).
 */
record Tally(int count, Duration summed, Duration covered) {

    static Tally of(Collection<Span> spans) {
        return new Tally(spans.size(), Spans.summed(spans), Spans.covered(spans));
    }
}
