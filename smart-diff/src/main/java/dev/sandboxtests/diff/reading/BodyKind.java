package dev.sandboxtests.diff.reading;

/** How a body is compared: as a JSON tree, as text, or as bytes. */
public enum BodyKind {
    EMPTY("empty"),
    JSON("JSON"),
    TEXT("text"),
    BINARY("binary");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
