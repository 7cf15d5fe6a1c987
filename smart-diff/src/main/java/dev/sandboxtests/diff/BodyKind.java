package dev.sandboxtests.diff;

/** How a body is compared: as a JSON tree, as text, or as bytes. */
enum BodyKind {
    EMPTY("empty"),
    JSON("JSON"),
    TEXT("text"),
    BINARY("binary");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
