package dev.sandboxtests.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes one item of the documents of issue 14: an order of about 450 bytes, whose changed version
 * differs in exactly one field, chosen by the item's index so that every kind of value a typical API
 * response changes is represented in turn: a free-text string ({@code note}), an ISO-8601 timestamp
 * with milliseconds ({@code updatedAt}), a UUID ({@code correlationId}), a tag from a small vocabulary
 * ({@code status}) and an integer ({@code quantity}).
 *
 * <p>As with {@link CatalogItem}, each item draws from its own random stream, so it is the same bytes
 * wherever it is written.
 */
final class MixedChangeItem {

    /** The fields changed items differ in, by {@code index % 5}. */
    private static final String[] CHANGED_FIELDS = {"note", "updatedAt", "correlationId", "status", "quantity"};

    private static final String[] FIRST_NAMES = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
        "Ken", "Margaret", "Niklaus"};
    private static final String[] LAST_NAMES = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth",
        "Allen", "Thompson", "Hamilton", "Wirth"};
    private static final String[] STATUSES = {"pending", "paid", "packed", "shipped", "delivered", "returned"};
    private static final String[] CHANNELS = {"web", "ios", "android", "store", "partner"};
    private static final String[] TAGS = {"priority", "gift", "b2b", "subscription", "first-order", "promo"};
    private static final String[] WORDS = {"leave", "at", "the", "door", "call", "before", "delivery", "side",
        "entrance", "please", "no", "plastic", "wrap", "separately", "ring", "twice"};
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};
    private static final long FIRST_TIMESTAMP_MILLIS = 1_577_836_800_000L; // 2020-01-01T00:00:00Z
    private static final long TIMESTAMP_RANGE_MILLIS = 150_000_000_000L;

    private MixedChangeItem() {
    }

    /** The field a changed item differs in, relative to the item. */
    static String changedField(int index) {
        return CHANGED_FIELDS[index % CHANGED_FIELDS.length];
    }

    /**
     * @param out     where the item's JSON goes
     * @param seed    the document seed
     * @param index   the item's index in the baseline
     * @param changed whether to write the fork's changed version of the item
     */
    static void write(Appendable out, long seed, int index, boolean changed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + index);
        String field = changed ? changedField(index) : "";
        long created = FIRST_TIMESTAMP_MILLIS + random.nextLong(TIMESTAMP_RANGE_MILLIS);
        long updated = created + random.nextLong(1_000, 2_000_000_000L);
        String correlationId = uuid(random);
        String changedCorrelationId = uuid(random);
        int status = random.nextInt(STATUSES.length);
        int quantity = random.nextInt(1, 20);

        out.append('{');
        JsonTokens.key(out, "id");
        out.append(Long.toString(500_000L + index));
        out.append(',');
        JsonTokens.key(out, "uuid");
        JsonTokens.string(out, uuid(random));
        out.append(',');
        JsonTokens.key(out, "orderNumber");
        JsonTokens.string(out, String.format(Locale.ROOT, "ORD-2024-%07d", index + 1));
        out.append(',');
        JsonTokens.key(out, "customer");
        out.append('{');
        JsonTokens.key(out, "id");
        out.append(Integer.toString(random.nextInt(1, 90_000)));
        out.append(',');
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        JsonTokens.key(out, "name");
        JsonTokens.string(out, first + ' ' + last);
        out.append(',');
        JsonTokens.key(out, "email");
        JsonTokens.string(out, (first + '.' + last).toLowerCase(Locale.ROOT) + "@example.test");
        out.append('}');
        out.append(',');
        JsonTokens.key(out, "status");
        JsonTokens.string(out, STATUSES[field.equals("status") ? (status + 1) % STATUSES.length : status]);
        out.append(',');
        JsonTokens.key(out, "channel");
        JsonTokens.string(out, pick(random, CHANNELS));
        out.append(',');
        JsonTokens.key(out, "amount");
        JsonTokens.decimal(out, random.nextLong(199, 99_999), 2);
        out.append(',');
        JsonTokens.key(out, "currency");
        JsonTokens.string(out, pick(random, CURRENCIES));
        out.append(',');
        JsonTokens.key(out, "quantity");
        out.append(Integer.toString(field.equals("quantity") ? quantity + 1 : quantity));
        out.append(',');
        JsonTokens.key(out, "createdAt");
        JsonTokens.string(out, Instant.ofEpochMilli(created).toString());
        out.append(',');
        JsonTokens.key(out, "updatedAt");
        // A timestamp with its milliseconds, so Instant never drops them: changed is a second and 17 ms later.
        JsonTokens.string(out, Instant.ofEpochMilli(withMillis(field.equals("updatedAt") ? updated + 1_017 : updated))
                .toString());
        out.append(',');
        JsonTokens.key(out, "correlationId");
        JsonTokens.string(out, field.equals("correlationId") ? changedCorrelationId : correlationId);
        out.append(',');
        JsonTokens.key(out, "tags");
        out.append('[');
        int tags = random.nextInt(1, 4);
        int firstTag = random.nextInt(TAGS.length);
        for (int i = 0; i < tags; i++) {
            if (i > 0) {
                out.append(',');
            }
            JsonTokens.string(out, TAGS[(firstTag + i) % TAGS.length]);
        }
        out.append(']');
        out.append(',');
        JsonTokens.key(out, "note");
        String note = sentence(random);
        JsonTokens.string(out, field.equals("note") ? note.substring(0, note.length() - 1) + ", thanks." : note);
        out.append('}');
    }

    /** Never a whole second, so {@code Instant.toString} always writes the three digits. */
    private static long withMillis(long millis) {
        return millis % 1_000 == 0 ? millis + 1 : millis;
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return CatalogItem.pick(random, choices);
    }

    private static String uuid(SplittableRandom random) {
        return CatalogItem.uuid(random);
    }

    private static String sentence(SplittableRandom random) {
        return CatalogItem.sentence(random, WORDS, 6, 12);
    }
}
