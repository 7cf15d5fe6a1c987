package dev.sandboxtests.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes one item of the generated catalog: an object of about 650 bytes with ids, a name and a
 * description, a price, stock, nested tags, attributes and a category path, and timestamps.
 *
 * <p>Each item draws from its own random stream, seeded from the document seed and the item's index, so
 * the same item comes out byte for byte the same wherever it is written (in order or shuffled, baseline
 * or fork). A changed item differs from its baseline in exactly one field: {@code price} goes up by 1.50.
 */
final class CatalogItem {

    /** The one field a changed item differs in. */
    static final String CHANGED_FIELD = "price";

    private static final String[] ADJECTIVES = {"Ergonomic", "Rustic", "Sleek", "Compact", "Durable", "Handmade",
        "Vintage", "Modern", "Portable", "Premium", "Lightweight", "Classic"};
    private static final String[] MATERIALS = {"Oak", "Steel", "Cotton", "Leather", "Bamboo", "Granite", "Wool",
        "Aluminium", "Ceramic", "Linen", "Walnut", "Glass"};
    private static final String[] PRODUCTS = {"Chair", "Desk Lamp", "Bookshelf", "Backpack", "Kettle", "Blanket",
        "Headphones", "Planter", "Wall Clock", "Cutting Board", "Side Table", "Water Bottle"};
    private static final String[] CATEGORIES = {"furniture", "lighting", "kitchen", "textiles", "audio", "garden",
        "decor", "outdoor"};
    private static final String[] DEPARTMENTS = {"home", "office", "living", "sports", "travel"};
    private static final String[] WORDS = {"designed", "for", "everyday", "use", "with", "a", "finish", "that",
        "lasts", "easy", "to", "clean", "and", "built", "from", "responsibly", "sourced", "materials", "fits",
        "small", "spaces", "ships", "assembled", "in", "recyclable", "packaging"};
    private static final String[] TAGS = {"new", "sale", "bestseller", "eco", "limited", "gift", "clearance",
        "exclusive", "bundle", "refurbished"};
    private static final String[] COLORS = {"black", "white", "walnut", "sage", "navy", "sand", "charcoal", "red"};
    private static final String[] SIZES = {"XS", "S", "M", "L", "XL"};
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};
    private static final String[] WAREHOUSES = {"AMS-1", "AMS-2", "FRA-1", "DUB-3", "WAW-1"};
    private static final long FIRST_TIMESTAMP = 1_577_836_800L; // 2020-01-01T00:00:00Z
    private static final long TIMESTAMP_RANGE = 150_000_000L;   // about 4.75 years
    private static final long PRICE_INCREASE_CENTS = 150;

    private CatalogItem() {
    }

    /**
     * @param out     where the item's JSON goes
     * @param seed    the document seed
     * @param index   the item's index in the baseline
     * @param changed whether to write the fork's changed version of the item
     */
    static void write(Appendable out, long seed, int index, boolean changed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String size = pick(random, SIZES);
        String category = pick(random, CATEGORIES);
        long priceCents = random.nextLong(199, 99_999) + (changed ? PRICE_INCREASE_CENTS : 0);
        long created = FIRST_TIMESTAMP + random.nextLong(TIMESTAMP_RANGE);

        out.append('{');
        JsonTokens.key(out, "id");
        out.append(Long.toString(100_000L + index));
        out.append(',');
        JsonTokens.key(out, "uuid");
        JsonTokens.string(out, uuid(random));
        out.append(',');
        JsonTokens.key(out, "sku");
        JsonTokens.string(out, String.format(Locale.ROOT, "SKU-%06d-%s", index, size));
        out.append(',');
        JsonTokens.key(out, "name");
        JsonTokens.string(out, pick(random, ADJECTIVES) + ' ' + pick(random, MATERIALS) + ' ' + pick(random, PRODUCTS));
        out.append(',');
        JsonTokens.key(out, "description");
        JsonTokens.string(out, sentence(random));
        out.append(',');
        JsonTokens.key(out, "category");
        out.append('{');
        JsonTokens.key(out, "id");
        out.append(Integer.toString(random.nextInt(1, 400)));
        out.append(',');
        JsonTokens.key(out, "name");
        JsonTokens.string(out, category);
        out.append(',');
        JsonTokens.key(out, "path");
        out.append('[');
        JsonTokens.string(out, pick(random, DEPARTMENTS));
        out.append(',');
        JsonTokens.string(out, category);
        out.append(']');
        out.append('}');
        out.append(',');
        JsonTokens.key(out, CHANGED_FIELD);
        JsonTokens.decimal(out, priceCents, 2);
        out.append(',');
        JsonTokens.key(out, "currency");
        JsonTokens.string(out, pick(random, CURRENCIES));
        out.append(',');
        writeStock(out, random);
        out.append(',');
        JsonTokens.key(out, "active");
        out.append(random.nextInt(10) == 0 ? "false" : "true");
        out.append(',');
        JsonTokens.key(out, "rating");
        JsonTokens.decimal(out, random.nextInt(10, 51), 1);
        out.append(',');
        JsonTokens.key(out, "reviewCount");
        out.append(Integer.toString(random.nextInt(0, 5_000)));
        out.append(',');
        writeTags(out, random);
        out.append(',');
        writeAttributes(out, random, size);
        out.append(',');
        JsonTokens.key(out, "createdAt");
        JsonTokens.string(out, Instant.ofEpochSecond(created).toString());
        out.append(',');
        JsonTokens.key(out, "updatedAt");
        JsonTokens.string(out, Instant.ofEpochSecond(created + random.nextLong(1, 30_000_000L)).toString());
        out.append('}');
    }

    private static void writeStock(Appendable out, SplittableRandom random) throws IOException {
        JsonTokens.key(out, "stock");
        out.append('{');
        JsonTokens.key(out, "available");
        out.append(Integer.toString(random.nextInt(0, 1_000)));
        out.append(',');
        JsonTokens.key(out, "reserved");
        out.append(Integer.toString(random.nextInt(0, 50)));
        out.append(',');
        JsonTokens.key(out, "warehouse");
        JsonTokens.string(out, pick(random, WAREHOUSES));
        out.append('}');
    }

    private static void writeTags(Appendable out, SplittableRandom random) throws IOException {
        JsonTokens.key(out, "tags");
        out.append('[');
        int count = random.nextInt(1, 5);
        int first = random.nextInt(TAGS.length);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(',');
            }
            JsonTokens.string(out, TAGS[(first + i * 3) % TAGS.length]);
        }
        out.append(']');
    }

    private static void writeAttributes(Appendable out, SplittableRandom random, String size) throws IOException {
        JsonTokens.key(out, "attributes");
        out.append('{');
        JsonTokens.key(out, "color");
        JsonTokens.string(out, pick(random, COLORS));
        out.append(',');
        JsonTokens.key(out, "size");
        JsonTokens.string(out, size);
        out.append(',');
        JsonTokens.key(out, "weightKg");
        JsonTokens.decimal(out, random.nextInt(1, 500), 1);
        out.append(',');
        JsonTokens.key(out, "dimensionsCm");
        out.append('{');
        JsonTokens.key(out, "width");
        out.append(Integer.toString(random.nextInt(5, 200)));
        out.append(',');
        JsonTokens.key(out, "height");
        out.append(Integer.toString(random.nextInt(5, 200)));
        out.append(',');
        JsonTokens.key(out, "depth");
        out.append(Integer.toString(random.nextInt(5, 200)));
        out.append('}');
        out.append(',');
        JsonTokens.key(out, "giftWrap");
        out.append(random.nextBoolean() ? "true" : "false");
        out.append(',');
        JsonTokens.key(out, "discontinuedAt");
        out.append("null");
        out.append('}');
    }

    static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A version-4 style UUID from the item's random stream, so it is reproducible. */
    static String uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static String sentence(SplittableRandom random) {
        return sentence(random, WORDS, 8, 15);
    }

    /** A capitalised sentence of {@code minWords} to {@code maxWords - 1} words drawn from {@code words}. */
    static String sentence(SplittableRandom random, String[] words, int minWords, int maxWords) {
        int count = random.nextInt(minWords, maxWords);
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            String word = pick(random, words);
            if (i == 0) {
                text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                text.append(' ').append(word);
            }
        }
        return text.append('.').toString();
    }
}
