package dev.sandboxtests.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * A generated baseline document and its fork, as the strings every compared library is given.
 *
 * @param baseline the baseline JSON
 * @param fork     the fork JSON
 * @param shape    how many items there are and which ones the fork changed
 */
public record DocumentPair(String baseline, String fork, PayloadShape shape) {

    /** @return the size of the baseline in UTF-8 bytes */
    public int baselineBytes() {
        return baseline.getBytes(StandardCharsets.UTF_8).length;
    }
}
