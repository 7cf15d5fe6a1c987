package dev.sandboxtests.diff.report.browser;

import java.util.OptionalDouble;

/**
 * How long a page took, from the browser's Navigation Timing and Paint Timing entries, in
 * milliseconds since the navigation started. Figures to print or record, never to assert on: they
 * depend on the machine.
 *
 * @param loadMillis                 until the load event ended ({@code loadEventEnd})
 * @param firstContentfulPaintMillis until the first text or image was painted, where the browser reports it
 */
public record PageTimings(double loadMillis, OptionalDouble firstContentfulPaintMillis) {

    @Override
    public String toString() {
        return String.format("load %.0f ms", loadMillis) + (firstContentfulPaintMillis.isPresent()
                ? String.format(", first contentful paint %.0f ms", firstContentfulPaintMillis.getAsDouble()) : "");
    }
}
