package dev.sandboxtests.benchmarks;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The document sizes issue 3 asks for, with the label used as the JMH {@code size} parameter. */
public enum DocumentSize {

    /** About 7 KiB: a typical single response, around ten items. */
    SMALL("7kb", 7 * 1024),
    /** About 75 KiB: a full page of a listing. */
    MEDIUM("75kb", 75 * 1024),
    /** About 1 MiB: a large export. */
    LARGE("1mb", 1024 * 1024);

    private final String label;
    private final long targetBytes;

    DocumentSize(String label, long targetBytes) {
        this.label = label;
        this.targetBytes = targetBytes;
    }

    /** @return the JMH parameter value, e.g. {@code "75kb"} */
    public String label() {
        return label;
    }

    /** @return the size the generated baseline aims at, in bytes (UTF-8) */
    public long targetBytes() {
        return targetBytes;
    }

    /**
     * @param label a JMH parameter value such as {@code "7kb"}
     * @return the size with that label
     * @throws IllegalArgumentException naming the known labels when there is no such size
     */
    public static DocumentSize of(String label) {
        return Arrays.stream(values()).filter(size -> size.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document size '" + label + "'; use one of "
                        + Arrays.stream(values()).map(DocumentSize::label).collect(Collectors.joining(", "))));
    }
}
