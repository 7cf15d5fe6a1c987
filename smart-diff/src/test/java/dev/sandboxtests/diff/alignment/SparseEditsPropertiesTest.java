package dev.sandboxtests.diff.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.DiffException;
import dev.sandboxtests.diff.Difference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Random documents with a few random edits far apart: with every shortcut, including reading only the
 * changed children ({@link ChangedChildren}), the differences (or the error) are exactly those of
 * reading both bodies whole. The edits change values, respell equal values (whitespace, escapes,
 * numbers), insert, remove and duplicate elements, rename keys, change scalars between the elements,
 * and break the JSON.
 */
class SparseEditsPropertiesTest {

    /** One pair of documents, the edits that made the fork, and whether numbers compare by value. */
    private record Case(String baseline, String fork, boolean numbersByValue, List<String> edits) {
    }

    @Property(tries = 3000)
    void theShortcutsGiveTheDifferencesOfTheWholeRead(@ForAll long seed) {
        Case pair = generate(new Random(seed));

        String whole = outcome(() -> SparseDocuments.whole(pair.baseline(), pair.fork(), pair.numbersByValue()));
        String shortcuts = outcome(() -> SparseDocuments.withShortcuts(pair.baseline(), pair.fork(),
                pair.numbersByValue()));
        String childByChild = childByChild(pair);

        Statistics.label("path").collect(SparseDocuments.triesChildByChild(pair.baseline(), pair.fork())
                ? (childByChild == null ? "tried, declined" : "child by child") : "not tried");
        Statistics.label("child by child, whatever the width").collect(childByChild != null);
        Statistics.label("path").coverage(coverage -> coverage.check("child by child").percentage(p -> p >= 15));
        Statistics.label("child by child, whatever the width").coverage(coverage -> coverage.check(true)
                .percentage(p -> p >= 25));
        assertThat(shortcuts).as("with shortcuts, %s\nbaseline %s\nfork     %s", pair.edits(), pair.baseline(),
                pair.fork()).isEqualTo(whole);
        if (childByChild != null) {
            assertThat(childByChild).as("child by child, %s\nbaseline %s\nfork     %s", pair.edits(), pair.baseline(),
                    pair.fork()).isEqualTo(whole);
        }
    }

    /** The differences, or the error message. */
    private static String outcome(java.util.function.Supplier<List<Difference>> comparison) {
        try {
            return comparison.get().toString();
        } catch (DiffException invalid) {
            return "error: " + invalid.getMessage();
        }
    }

    /** What {@link ChangedChildren} finds on its own, or null when it declines or a body is invalid. */
    private static String childByChild(Case pair) {
        try {
            List<Difference> differences = SparseDocuments.childByChild(pair.baseline(), pair.fork(),
                    pair.numbersByValue());
            return differences == null ? null : differences.toString();
        } catch (DiffException invalidBaseline) {
            return null;
        }
    }

    private static Case generate(Random random) {
        RandomItems values = new RandomItems(random);
        int count = 8 + random.nextInt(40);
        List<Object> items = new ArrayList<>();
        // In some documents some items are equal, so that the alignment has choices to make.
        boolean equalItems = random.nextInt(3) == 0;
        // Most APIs give their items an id; without one, small random items are often equal too.
        boolean ids = random.nextInt(3) != 0;
        for (int i = 0; i < count; i++) {
            Map<String, Object> item = values.object(2);
            if (ids || item.isEmpty()) {
                item.put("seq", new RandomItems.Number(BigDecimal.valueOf(i), true));
            }
            items.add(equalItems && i > 0 && random.nextInt(6) == 0 ? items.get(random.nextInt(i)) : item);
        }
        int spacing = random.nextInt(6) == 0 ? 1 : 0;
        List<String> baselineTexts = new ArrayList<>();
        for (Object item : items) {
            baselineTexts.add(values.write(item, spacing, false));
        }
        List<String> forkTexts = new ArrayList<>(baselineTexts);
        List<String> edits = new ArrayList<>();
        String total = "\"total\":" + count;
        String forkTotal = total;
        boolean objectOfItems = random.nextInt(4) == 0;
        // Mostly two to four edits, each in its own stretch of the items, so that they lie far apart.
        int editCount = random.nextInt(5) == 0 ? 1 : 2 + random.nextInt(2);
        for (int e = editCount - 1; e >= 0; e--) {
            int stretch = forkTexts.size() / editCount;
            int at = Math.min(forkTexts.size() - 1, e * stretch + random.nextInt(Math.max(1, stretch)));
            int kind = random.nextInt(24);
            switch (kind) {
                case 0 -> {
                    forkTexts.add(at, values.write(values.object(2), spacing, false));
                    edits.add("insert at " + at);
                }
                case 1 -> {
                    forkTexts.remove(at);
                    edits.add("remove " + at);
                }
                case 2 -> {
                    forkTexts.set(at, forkTexts.get(random.nextInt(forkTexts.size())));
                    edits.add("copy another item to " + at);
                }
                case 3 -> {
                    forkTotal = random.nextBoolean() ? "\"total\":" + (count + 1) : "\"added\":1," + total;
                    edits.add("change what follows the items");
                }
                case 4 -> {
                    String text = forkTexts.get(at);
                    forkTexts.set(at, text.substring(0, random.nextInt(text.length())));
                    edits.add("truncate " + at);
                }
                case 5 -> {
                    forkTexts.set(at, values.write(items.get(Math.min(at, items.size() - 1)), random.nextInt(3), true));
                    edits.add("respell " + at);
                }
                case 6 -> {
                    forkTexts.set(at, forkTexts.get(at).replaceFirst("\"([a-z])", "\"$1$1"));
                    edits.add("rename a key or change a string in " + at);
                }
                default -> {
                    forkTexts.set(at, values.write(values.withOneValueInsideReplaced(items.get(Math.min(at, items.size() - 1)),
                            3), spacing, false));
                    edits.add("replace a value in " + at);
                }
            }
        }
        return new Case(document(baselineTexts, total, objectOfItems), document(forkTexts, forkTotal, objectOfItems),
                random.nextBoolean(), edits);
    }

    /** The items in an envelope, as an array or as the fields of an object. */
    private static String document(List<String> items, String total, boolean objectOfItems) {
        StringBuilder text = new StringBuilder("{\"page\":1,\"items\":").append(objectOfItems ? '{' : '[');
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : ",");
            if (objectOfItems) {
                text.append("\"item").append(i).append("\":");
            }
            text.append(items.get(i));
        }
        return text.append(objectOfItems ? '}' : ']').append(',').append(total).append('}').toString();
    }
}
