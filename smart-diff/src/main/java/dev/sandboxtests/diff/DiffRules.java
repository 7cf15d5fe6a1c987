package dev.sandboxtests.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user knows about the responses that the engine cannot learn: paths to ignore, changes
 * to expect, and arrays whose order does not matter or whose elements have a key. Immutable.
 *
 * <pre>
 * DiffRules rules = DiffRules.builder()
 *         .ignore("/generatedAt")
 *         .ignore("header:x-cache")
 *         .expect("/total", (baseline, fork) -&gt; fork.asLong() &lt; baseline.asLong(), "the total goes down")
 *         .unordered("/tags")
 *         .keyed("/items", "sku")
 *         .build();
 * SmartDiff engine = SmartDiff.builder().rules(rules).build();
 * </pre>
 *
 * Patterns are {@link PathPattern}s: JSON Pointers with {@code *} and {@code **}, lines of a text body
 * ({@code (body)#L4}, {@code (body)#L2-L4}), {@code status}, or {@code header:<name>}. Ignore and expect
 * rules cover a location and everything below it. Line numbers are those of the <em>baseline</em>, so a
 * rule keeps naming the same line whatever the fork inserts above it: {@code ignore("(body)#L4")} drops
 * changes of baseline line 4 and lines the fork adds just before it (see {@link Difference}); a
 * difference over lines 3 to 5 is covered by {@code (body)#L3-L5} or a wider range, not by
 * {@code (body)#L4}.
 *
 * <p>How they are applied, first match wins: an ignored difference is dropped (and counted in
 * {@link BehaviorDiff#ignoredCount()}); a difference an expectation covers is {@link Relevance#LOW}
 * when the check accepts it and {@link Relevance#HIGH} when it does not; an expectation no difference
 * covers is reported in {@link BehaviorDiff#unmetExpectations()}. Unordered and keyed arrays change
 * how elements are paired before any difference is found.
 */
public final class DiffRules {

    private static final DiffRules NONE = new DiffRules(List.of(), List.of(), List.of());

    /**
     * Differences covered by the pattern are dropped.
     *
     * @param pattern where
     * @param why     why, for reports
     */
    public record Ignore(PathPattern pattern, String why) {
    }

    /**
     * A change covered by the pattern is intended when {@code check} accepts it.
     *
     * @param pattern     where
     * @param check       whether a change there is the intended one
     * @param description the intended change in words, shown in reasons ("expected: the total goes down")
     */
    public record Expect(PathPattern pattern, ExpectedChange check, String description) {
    }

    /**
     * The arrays the pattern matches are compared in {@code mode}.
     *
     * @param pattern the arrays, matched exactly (not their descendants)
     * @param mode    how their elements are paired
     */
    public record ArrayRule(PathPattern pattern, ArrayMode mode) {
    }

    private final List<Ignore> ignores;
    private final List<Expect> expectations;
    private final List<ArrayRule> arrays;

    private DiffRules(List<Ignore> ignores, List<Expect> expectations, List<ArrayRule> arrays) {
        this.ignores = List.copyOf(ignores);
        this.expectations = List.copyOf(expectations);
        this.arrays = List.copyOf(arrays);
    }

    /** @return no rules at all */
    public static DiffRules none() {
        return NONE;
    }

    /** @return a builder with no rules yet */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these rules, to add more. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.ignores.addAll(ignores);
        builder.expectations.addAll(expectations);
        builder.arrays.addAll(arrays);
        return builder;
    }

    /** These rules followed by {@code other}'s; for arrays, a later rule wins. */
    public DiffRules and(DiffRules other) {
        Builder builder = toBuilder();
        builder.ignores.addAll(other.ignores);
        builder.expectations.addAll(other.expectations);
        builder.arrays.addAll(other.arrays);
        return builder.build();
    }

    /** @return the ignore rules, in the order they were added */
    public List<Ignore> ignores() {
        return ignores;
    }

    /** @return the expected changes, in the order they were added */
    public List<Expect> expectations() {
        return expectations;
    }

    /** @return the array rules, in the order they were added (for a path, the last matching one wins) */
    public List<ArrayRule> arrays() {
        return arrays;
    }

    /** @return whether there are no rules of any kind */
    public boolean isEmpty() {
        return ignores.isEmpty() && expectations.isEmpty() && arrays.isEmpty();
    }

    /** The ignore rule that covers {@code location}, if any. */
    public Optional<Ignore> ignoring(String location) {
        return ignores.stream().filter(rule -> rule.pattern().covers(location)).findFirst();
    }

    /** The expectations that cover {@code location}. */
    public List<Expect> expectationsAt(String location) {
        return expectations.stream().filter(rule -> rule.pattern().covers(location)).toList();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        ignores.forEach(r -> parts.add("ignore " + r.pattern()));
        expectations.forEach(r -> parts.add("expect " + r.pattern() + " (" + r.description() + ")"));
        arrays.forEach(r -> parts.add(r.mode().kind().name().toLowerCase(java.util.Locale.ROOT) + " " + r.pattern()
                + (r.mode().key() == null ? "" : " by " + r.mode().key())));
        return "DiffRules" + parts;
    }

    /** Builds {@link DiffRules}; each method takes a {@link PathPattern} text. */
    public static final class Builder {
        private final List<Ignore> ignores = new ArrayList<>();
        private final List<Expect> expectations = new ArrayList<>();
        private final List<ArrayRule> arrays = new ArrayList<>();

        private Builder() {
        }

        /** Drops every difference at or below {@code pattern}. */
        public Builder ignore(String pattern) {
            return ignore(pattern, "ignored by rule");
        }

        /** Drops every difference at or below {@code pattern}; {@code why} is shown in reports. */
        public Builder ignore(String pattern, String why) {
            ignores.add(new Ignore(PathPattern.of(pattern), Objects.requireNonNull(why, "why")));
            return this;
        }

        /** Marks any change at or below {@code pattern} as intended. */
        public Builder expect(String pattern) {
            return expect(pattern, ExpectedChange.any(), "any change");
        }

        /** Marks a change at or below {@code pattern} as intended when {@code check} accepts it. */
        public Builder expect(String pattern, ExpectedChange check, String description) {
            expectations.add(new Expect(PathPattern.of(pattern), Objects.requireNonNull(check, "check"),
                    Objects.requireNonNull(description, "description")));
            return this;
        }

        /** Compares the arrays matched by {@code pattern} as multisets. */
        public Builder unordered(String pattern) {
            arrays.add(new ArrayRule(PathPattern.of(pattern), ArrayMode.unordered()));
            return this;
        }

        /** Matches the elements of the arrays at {@code pattern} by the value at {@code key}. */
        public Builder keyed(String pattern, String key) {
            arrays.add(new ArrayRule(PathPattern.of(pattern), ArrayMode.keyed(key)));
            return this;
        }

        /** @return the rules; the builder can go on being used without affecting them */
        public DiffRules build() {
            return new DiffRules(ignores, expectations, arrays);
        }
    }
}
