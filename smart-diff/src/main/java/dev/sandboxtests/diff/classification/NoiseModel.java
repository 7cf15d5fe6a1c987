package dev.sandboxtests.diff.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffException;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.LineRange;
import dev.sandboxtests.diff.rendering.JsonText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Noise learned from baseline samples of the same request, as in Twitter's Diffy: a location whose
 * value differs between two baseline responses is noise, so a fork difference there is too.
 *
 * <p>The first sample is compared with each other one (with the engine's raw comparison), and every
 * location that differs is remembered together with how it varied. A fork difference is noise when
 * the samples varied in the same way at its location:
 * <ul>
 *   <li>a changed value, when the samples' values differed there;</li>
 *   <li>a type change, when the samples showed both of its types there;</li>
 *   <li>a missing or added value, when the value was present in some samples and absent in others.
 *       A field present in every sample but missing in the fork is <em>not</em> noise, however much
 *       its value varied: its absence is new;</li>
 *   <li>anything below a location whose type varied between samples (its whole subtree is unstable).</li>
 * </ul>
 *
 * <p>Array indices are generalised: a segment made only of digits matches any other such segment,
 * so {@code /items/0/updatedAt} varying between samples makes {@code /items/7/updatedAt} noise too.
 * (An object key made only of digits, such as {@code "2024"}, is generalised the same way.) Status
 * and headers are locations like any other ({@code status}, {@code header:x-cache}).
 *
 * <p>Text bodies are learned per line ({@link TextLineNoise}): a line that varied between samples
 * makes a fork change of that line noise, never a change of another line. Noise is never learned for
 * a whole body just because something in it varied; only a body whose kind varies between samples
 * (JSON in one, text in another) makes everything in it noise.
 *
 * <p>Locations are kept in a tree of segments, so both learning and looking up cost time in
 * proportion to a location's depth; text lines as intervals, looked up by binary search.
 */
final class NoiseModel {

    static final NoiseModel NONE = new NoiseModel(new Node(), new TextLineNoise());

    /** Stands for any array index; never a valid escaped pointer segment ("~" is always escaped). */
    private static final String ANY_INDEX = "~";
    private static final int VALUE_LIMIT = 60;
    private static final String BODY = "body";

    private final Node root;
    private final TextLineNoise lines;

    private NoiseModel(Node root, TextLineNoise lines) {
        this.root = root;
        this.lines = lines;
    }

    /**
     * @param samples    the baseline captures of one request; fewer than two teach nothing
     * @param rawCompare the engine's comparison with default relevance
     * @throws DiffException when a sample cannot be compared with the first one
     */
    static NoiseModel learn(List<Capture> samples, BiFunction<Capture, Capture, List<Difference>> rawCompare) {
        if (samples.size() < 2) {
            return NONE;
        }
        Node root = new Node();
        TextLineNoise lines = new TextLineNoise();
        Capture first = samples.get(0);
        for (int i = 1; i < samples.size(); i++) {
            List<Difference> variations;
            try {
                variations = rawCompare.apply(first, samples.get(i));
            } catch (DiffException e) {
                throw new DiffException("Baseline sample " + (i + 1) + " of " + samples.size() + " could not be"
                        + " compared with baseline sample 1 to learn noise (below, \"baseline\" is sample 1 and"
                        + " \"fork\" is sample " + (i + 1) + "): " + e.getMessage(), e);
            }
            for (Difference variation : variations) {
                Optional<LineRange> varied = LineRange.fromPath(variation.path());
                if (variation.section() == Section.BODY && varied.isPresent()) {
                    lines.record(variation, varied.get());
                } else {
                    root.descend(key(variation)).evidence().record(variation);
                }
            }
        }
        return new NoiseModel(root, lines);
    }

    /** Whether nothing was learned: one sample, or samples that did not differ. */
    boolean isEmpty() {
        return root.children.isEmpty() && lines.isEmpty();
    }

    /**
     * @param difference a difference between the first baseline sample and the fork
     * @return the reason it is noise, with the evidence, or empty when it is not
     */
    Optional<String> explain(Difference difference) {
        if (isEmpty()) {
            return Optional.empty();
        }
        Optional<LineRange> textLines = difference.section() == Section.BODY
                ? LineRange.fromPath(difference.path()) : Optional.empty();
        // Text lines are below the whole body: only its kind varying makes them noise from above.
        List<String> key = textLines.isPresent() ? List.of(BODY) : key(difference);
        int ancestors = textLines.isPresent() ? key.size() : key.size() - 1;
        Node node = root;
        for (int i = 0; i < key.size() && node != null; i++) {
            node = node.children.get(key.get(i));
            if (node != null && i < ancestors && node.evidence != null && node.evidence.typeVariation != null) {
                Difference seen = node.evidence.typeVariation;
                return Optional.of("noise: " + seen.location() + " changes type between baseline samples "
                        + evidence(seen, null));
            }
        }
        if (textLines.isPresent()) {
            return Optional.ofNullable(lines.evidence(difference, textLines.get()))
                    .map(seen -> lineReason(seen, difference));
        }
        if (node == null) {
            return Optional.empty();
        }
        Evidence evidence = node.evidence;
        if (evidence == null) {
            return Optional.empty();
        }
        return switch (difference.operation()) {
            case CHANGED -> Optional.ofNullable(evidence.valueVariation)
                    .map(seen -> "noise: differs between baseline samples too " + evidence(seen, difference));
            case TYPE_CHANGED -> evidence.types.contains(difference.baseline().getNodeType())
                    && evidence.types.contains(difference.fork().getNodeType()) && evidence.typeVariation != null
                    ? Optional.of("noise: its type differs between baseline samples too "
                            + evidence(evidence.typeVariation, difference))
                    : Optional.empty();
            case ADDED, REMOVED -> Optional.ofNullable(evidence.presenceVariation)
                    .map(seen -> "noise: present in some baseline samples only " + evidence(seen, difference));
        };
    }

    private static String lineReason(Difference seen, Difference difference) {
        String how = switch (difference.operation()) {
            case ADDED -> "some baseline samples have extra lines there too ";
            case REMOVED -> "missing from some baseline samples too ";
            case CHANGED, TYPE_CHANGED -> "differs between baseline samples too ";
        };
        return "noise: " + how + evidence(seen, difference);
    }

    /** {@code ("a" vs "b")}, naming the sample location when it is not the difference's own. */
    private static String evidence(Difference seen, Difference difference) {
        String values = text(seen.baseline()) + " vs " + text(seen.fork());
        boolean elsewhere = difference != null && !seen.location().equals(difference.location());
        return "(" + values + (elsewhere ? " at " + seen.location() : "") + ")";
    }

    private static String text(JsonNode value) {
        return JsonText.compact(value, VALUE_LIMIT);
    }

    /** The section, then the body pointer's segments with array indices generalised. */
    private static List<String> key(Difference difference) {
        List<String> key = new ArrayList<>();
        switch (difference.section()) {
            case STATUS -> key.add("status");
            case HEADER -> key.add("header:" + difference.path());
            case BODY -> {
                key.add(BODY);
                String path = difference.path();
                if (!path.isEmpty()) {
                    for (String segment : path.substring(1).split("/", -1)) {
                        key.add(isIndex(segment) ? ANY_INDEX : segment);
                    }
                }
            }
        }
        return key;
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** One location in the tree: the evidence found exactly there, and the locations below it. */
    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private Evidence evidence;

        Node descend(List<String> key) {
            Node node = this;
            for (String segment : key) {
                node = node.children.computeIfAbsent(segment, s -> new Node());
            }
            return node;
        }

        Evidence evidence() {
            if (evidence == null) {
                evidence = new Evidence();
            }
            return evidence;
        }
    }

    /** How one location varied between samples; the first difference of each kind is the evidence. */
    private static final class Evidence {
        private final Set<JsonNodeType> types = EnumSet.noneOf(JsonNodeType.class);
        private Difference valueVariation;
        private Difference typeVariation;
        private Difference presenceVariation;

        void record(Difference variation) {
            addType(variation.baseline());
            addType(variation.fork());
            switch (variation.operation()) {
                case CHANGED -> valueVariation = valueVariation == null ? variation : valueVariation;
                case TYPE_CHANGED -> {
                    typeVariation = typeVariation == null ? variation : typeVariation;
                    valueVariation = valueVariation == null ? variation : valueVariation;
                }
                case ADDED, REMOVED -> presenceVariation = presenceVariation == null ? variation : presenceVariation;
            }
        }

        private void addType(JsonNode value) {
            if (!value.isMissingNode()) {
                types.add(value.getNodeType());
            }
        }
    }
}
