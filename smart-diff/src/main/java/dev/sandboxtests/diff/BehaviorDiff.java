package dev.sandboxtests.diff;

import dev.sandboxtests.diff.rendering.DifferenceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The behavioral diff of one request: the two captures and every {@link Difference} between them,
 * in document order (status, then headers, then body), each rated by {@link Relevance} with its
 * reason. Immutable.
 *
 * <p>Besides the differences it says what they do not show: how many differences user rules dropped
 * ({@link #ignoredCount()}) and which expected changes did not happen ({@link #unmetExpectations()}).
 *
 * <p>It may also carry {@link #caveats()}: reasons why the comparison itself may not show the fork's
 * behaviour, added by whoever made the captures (a SmartTest whose fork received none of its requests,
 * say). Every assertion on a diff with caveats fails, quoting them, and every report shows them first.
 *
 * <pre>{@code
 * BehaviorDiff checked = diff.withCaveat("the fork of 'reviews' received none of this SmartTest's requests");
 * checked.caveats();    // [the fork of 'reviews' received none of this SmartTest's requests]
 * }</pre>
 *
 * <p>{@link #toString()} prints the caveats, then a table with one line per difference, which is also
 * what assertion failures show.
 */
public final class BehaviorDiff {

    private final Capture baseline;
    private final Capture fork;
    private final List<Difference> differences;
    private final List<DiffRules.Expect> unmetExpectations;
    private final int baselineSamples;
    private final int ignoredCount;
    private final List<String> caveats;

    BehaviorDiff(Capture baseline, Capture fork, List<Difference> differences) {
        this(baseline, fork, differences, List.of(), 1, 0);
    }

    BehaviorDiff(Capture baseline, Capture fork, List<Difference> differences,
                 List<DiffRules.Expect> unmetExpectations, int baselineSamples, int ignoredCount) {
        this(baseline, fork, differences, unmetExpectations, baselineSamples, ignoredCount, List.of());
    }

    private BehaviorDiff(Capture baseline, Capture fork, List<Difference> differences,
                         List<DiffRules.Expect> unmetExpectations, int baselineSamples, int ignoredCount,
                         List<String> caveats) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.fork = Objects.requireNonNull(fork, "fork");
        this.differences = List.copyOf(differences);
        this.unmetExpectations = List.copyOf(unmetExpectations);
        this.baselineSamples = baselineSamples;
        this.ignoredCount = ignoredCount;
        this.caveats = List.copyOf(caveats);
    }

    /**
     * Why the comparison itself may not show the fork's behaviour, e.g. "the fork of 'reviews' received
     * none of this SmartTest's requests". Assertions on a diff with caveats fail; reports show them first.
     *
     * @return the caveats, in the order they were added; empty unless {@link #withCaveat} added some
     */
    public List<String> caveats() {
        return caveats;
    }

    /**
     * This diff with one more caveat; this diff is not changed.
     *
     * @param caveat why the comparison may not show the fork's behaviour, as a sentence for people
     * @return a diff with the same captures and differences, and the caveat after any it already has
     */
    public BehaviorDiff withCaveat(String caveat) {
        Objects.requireNonNull(caveat, "caveat");
        if (caveat.isBlank()) {
            throw new IllegalArgumentException("a caveat must say why the diff may not show the fork's behaviour");
        }
        List<String> more = new ArrayList<>(caveats);
        more.add(caveat);
        return new BehaviorDiff(baseline, fork, differences, unmetExpectations, baselineSamples, ignoredCount, more);
    }

    /**
     * The expected changes ({@link DiffRules.Builder#expect}) that did not happen: no difference was
     * at or below their pattern. An expectation whose check rejected the change is not listed here;
     * that change is a {@link Relevance#HIGH} difference instead.
     *
     * @return the unmet expectations, in the order they were declared
     */
    public List<DiffRules.Expect> unmetExpectations() {
        return unmetExpectations;
    }

    /**
     * @return how many differences were dropped by {@link DiffRules.Builder#ignore ignore rules} (and
     *         are not in {@link #differences()}); headers ignored by the engine's options are not
     *         counted, as they are never compared
     */
    public int ignoredCount() {
        return ignoredCount;
    }

    /** @return how many baseline samples the noise was learned from (1: none learned) */
    public int baselineSamples() {
        return baselineSamples;
    }

    /** @return the capture of the request sent to baseline */
    public Capture baseline() {
        return baseline;
    }

    /** @return the capture of the request sent to the fork */
    public Capture fork() {
        return fork;
    }

    /** @return every difference, immutable, in document order */
    public List<Difference> differences() {
        return differences;
    }

    /** @return the differences of {@link Relevance#HIGH} or {@link Relevance#MEDIUM} relevance */
    public List<Difference> relevantDifferences() {
        return differences.stream().filter(d -> d.relevance().isRelevant()).toList();
    }

    /**
     * @param relevance the relevance to select
     * @return the differences of exactly that relevance
     */
    public List<Difference> at(Relevance relevance) {
        Objects.requireNonNull(relevance, "relevance");
        return differences.stream().filter(d -> d.relevance() == relevance).toList();
    }

    /**
     * @param location a {@link Difference#location()}, e.g. {@code "/total"}, {@code "status"} or
     *                 {@code "header:content-type"}
     * @return the difference at exactly that location, if there is one
     */
    public Optional<Difference> at(String location) {
        Objects.requireNonNull(location, "location");
        return differences.stream().filter(d -> d.location().equals(location)).findFirst();
    }

    /** @return whether the captures do not differ at all, not even by noise */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** @return whether there is at least one {@link Relevance#HIGH} or {@link Relevance#MEDIUM} difference */
    public boolean hasRelevantChanges() {
        return differences.stream().anyMatch(d -> d.relevance().isRelevant());
    }

    /**
     * One line per caveat ({@code Caveat: …}), then a table with one line per difference — relevance,
     * operation, location, baseline → fork, reason — or {@code "no differences"}; then how many
     * differences rules ignored and one line per unmet expectation, when there are any.
     */
    @Override
    public String toString() {
        return DifferenceTable.of(this);
    }
}
