package dev.sandboxtests.diff.summary;

import dev.sandboxtests.diff.Relevance;
import java.util.Objects;

/**
 * A HIGH or MEDIUM difference of a SmartTest, as the summary lists it: enough for a gate to decide
 * whether it was expected, and for a person to know where to look.
 *
 * @param relevance {@code HIGH} or {@code MEDIUM}
 * @param location  where, as in the diff report: {@code status}, {@code header:<name>}, a JSON Pointer, or lines
 * @param reason    why it has that relevance
 */
public record NotableDifference(Relevance relevance, String location, String reason) {

    public NotableDifference {
        Objects.requireNonNull(relevance, "relevance");
        Objects.requireNonNull(location, "location");
        reason = reason == null ? "" : reason;
    }
}
