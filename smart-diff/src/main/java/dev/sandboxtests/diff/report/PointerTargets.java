package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.reading.PointerPath;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON Pointers whose lines a pretty-printed document must report, as a tree of segments. While
 * the document is written, each open container holds its node of this tree (or none once off every
 * pointer), so finding out whether a value is a target costs one map lookup, whatever the depth.
 */
final class PointerTargets {

    /** One segment of one or more pointers; a target when a pointer ends here. */
    static final class Node {
        private Map<String, Node> children;
        private boolean target;
        private int startLine;
        private int endLine;

        Node child(String segment) {
            return children == null ? null : children.get(segment);
        }

        boolean hasChildren() {
            return children != null;
        }

        void started(int line) {
            if (target && startLine == 0) {
                startLine = line;
            }
        }

        void ended(int line) {
            if (target && endLine == 0) {
                endLine = line;
            }
        }
    }

    private final Node root = new Node();
    private final Map<Integer, Node> byId = new HashMap<>();

    Node root() {
        return root;
    }

    /**
     * @param id      whatever the caller wants to look the lines up by
     * @param pointer an RFC 6901 JSON Pointer; one that is not well formed is never found
     */
    void add(int id, String pointer) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            return;
        }
        Node node = root;
        if (!pointer.isEmpty()) {
            for (String escaped : pointer.substring(1).split("/", -1)) {
                String segment = PointerPath.unescape(escaped);
                if (node.children == null) {
                    node.children = new HashMap<>();
                }
                node = node.children.computeIfAbsent(segment, s -> new Node());
            }
        }
        node.target = true;
        byId.put(id, node);
    }

    /** @return the line the value at the pointer added with {@code id} starts on, or 0 if it was not found */
    int startLine(int id) {
        Node node = byId.get(id);
        return node == null ? 0 : node.startLine;
    }

    /** @return the line the value ends on, or 0 if it was not found */
    int endLine(int id) {
        Node node = byId.get(id);
        return node == null ? 0 : node.endLine;
    }
}
