package dev.sandboxtests.diff.assertj;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Relevance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link BehaviorDiff}.
 *
 * <pre>{@code
 * BehaviorDiff diff = SmartDiff.defaults().compare(baseline, fork);
 *
 * assertThat(diff).hasNoRelevantChanges();            // a refactoring must not change behaviour
 * assertThat(diff).hasOnlyChangesAt("/total");        // the intended change, and nothing else
 * assertThat(diff).hasChangeAt("/total").from(100).to(90);
 * assertThat(diff).hasNoChangesOfRelevance(Relevance.HIGH);
 * }</pre>
 *
 * <p>"Relevant" means {@link Relevance#HIGH} or {@link Relevance#MEDIUM}. Locations are those of
 * {@link Difference#location()}: a JSON Pointer such as {@code "/total"}, {@code "(body)"}, lines of a
 * text body such as {@code "(body)#L4"} or {@code "(body)#L2-L4"} (numbered as in the baseline),
 * {@code "status"} or {@code "header:x-api-version"}. A pointer also covers everything below it at a
 * segment boundary ({@code "/items"} covers {@code "/items/0/price"}, not {@code "/itemsCount"}), lines
 * cover the differences whose lines lie within them, and {@code "(body)"} covers the whole body.
 *
 * <p>Every assertion fails on a diff with {@link BehaviorDiff#caveats() caveats}, whatever its
 * differences: the comparison may not show the fork's behaviour, so nothing can be concluded from it.
 * The message starts with the caveats, then says what was asserted:
 *
 * <pre>
 * Caveat: the fork of 'reviews' received none of this SmartTest's requests: …
 * So this cannot be checked: expected relevant changes at [/reviews/average] and nowhere else.
 * </pre>
 *
 * <p>A failure lists every difference, not only the offending ones, each with its location,
 * baseline → fork values, relevance and reason; and it is an opentest4j {@code AssertionFailedError}
 * whose expected value is the baseline and actual value the fork, both rendered by
 * {@link CaptureRendering} (JSON pretty-printed), so an IDE can show them side by side.
 *
 * <p>For soft assertions, use {@link SmartDiffSoftAssertions}.
 */
public class BehaviorDiffAssert extends AbstractAssert<BehaviorDiffAssert, BehaviorDiff> {

    private SmartDiffSoftAssertions softly;

    /**
     * @param actual the diff to check
     */
    public BehaviorDiffAssert(BehaviorDiff actual) {
        super(actual, BehaviorDiffAssert.class);
    }

    /**
     * @param actual the diff to check
     * @return assertions on it
     */
    public static BehaviorDiffAssert assertThat(BehaviorDiff actual) {
        return new BehaviorDiffAssert(actual);
    }

    /** Makes {@link #hasChangeAt} hand out soft assertions collected by {@code softly}. */
    BehaviorDiffAssert collectingInto(SmartDiffSoftAssertions softly) {
        this.softly = softly;
        return this;
    }

    /**
     * Verifies that the fork behaves like baseline: no {@code HIGH} or {@code MEDIUM} difference, and
     * no expected change ({@link DiffRules.Builder#expect}) that did not happen.
     *
     * @return this
     */
    public BehaviorDiffAssert hasNoRelevantChanges() {
        isNotNull();
        refuseWithCaveats("no relevant (HIGH or MEDIUM) changes between baseline and fork");
        List<Difference> relevant = actual.relevantDifferences();
        List<DiffRules.Expect> unmet = actual.unmetExpectations();
        if (relevant.isEmpty() && unmet.isEmpty()) {
            return this;
        }
        StringBuilder message = new StringBuilder("Expected no relevant (HIGH or MEDIUM) changes between baseline"
                + " and fork");
        if (!unmet.isEmpty()) {
            message.append(" and every expected change to happen");
        }
        message.append(", but");
        if (!relevant.isEmpty()) {
            message.append(" found ").append(relevant.size()).append(':')
                    .append(DiffFailure.described(actual, relevant));
        }
        if (!unmet.isEmpty()) {
            message.append(relevant.isEmpty() ? " " : "\nand ").append(unmet.size())
                    .append(unmet.size() == 1 ? " expected change did not happen:" : " expected changes did not happen:")
                    .append(DiffFailure.describedExpectations(unmet));
        }
        throw failureBecause(message.toString());
    }

    /**
     * Verifies that every expected change ({@link DiffRules.Builder#expect}) happened, whatever else
     * changed.
     *
     * @return this
     */
    public BehaviorDiffAssert hasMetAllExpectations() {
        isNotNull();
        refuseWithCaveats("every expected change to happen");
        List<DiffRules.Expect> unmet = actual.unmetExpectations();
        if (!unmet.isEmpty()) {
            throw failureBecause("Expected every expected change to happen, but " + unmet.size() + " did not:"
                    + DiffFailure.describedExpectations(unmet));
        }
        return this;
    }

    /**
     * Verifies that there is no difference at all, not even noise.
     *
     * @return this
     */
    public BehaviorDiffAssert hasNoDifferences() {
        isNotNull();
        refuseWithCaveats("no differences between baseline and fork");
        if (!actual.isEmpty()) {
            throw failureBecause("Expected no differences between baseline and fork, but found "
                    + actual.differences().size() + ".");
        }
        return this;
    }

    /**
     * Verifies that the relevant changes are exactly the intended ones: every relevant difference is
     * covered by one of the given locations, and every given location covers at least one relevant
     * difference — so the assertion also fails when the intended change did not happen.
     *
     * @param locations the locations where changes are expected (see the class description)
     * @return this
     * @throws IllegalArgumentException when a location has none of the forms a location has, e.g. a
     *                                  path without its leading {@code /}
     */
    public BehaviorDiffAssert hasOnlyChangesAt(String... locations) {
        isNotNull();
        List<String> expected = checked(locations);
        refuseWithCaveats("relevant changes at " + expected + " and nowhere else");
        List<Difference> relevant = actual.relevantDifferences();
        List<Difference> unexpected = relevant.stream()
                .filter(d -> expected.stream().noneMatch(location -> LocationCoverage.covers(location, d)))
                .toList();
        List<String> missing = expected.stream()
                .filter(location -> relevant.stream().noneMatch(d -> LocationCoverage.covers(location, d)))
                .toList();
        if (!unexpected.isEmpty() || !missing.isEmpty()) {
            StringBuilder message = new StringBuilder("Expected relevant changes at ").append(expected)
                    .append(" and nowhere else, but:");
            if (!unexpected.isEmpty()) {
                message.append("\n- there are relevant changes at other locations:")
                        .append(DiffFailure.described(actual, unexpected));
            }
            if (!missing.isEmpty()) {
                message.append("\n- there is no relevant change at: ").append(missing);
            }
            throw failureBecause(message.toString());
        }
        return this;
    }

    /**
     * Verifies that there is a change — of any relevance, so also an expected change or noise — at
     * the location or, for a pointer, below it, and returns assertions on it.
     *
     * <pre>{@code
     * assertThat(diff).hasChangeAt("/total").from(100).to(90).withRelevance(Relevance.MEDIUM)
     *                 .hasChangeAt("/currency").from("EUR").to("USD");
     * }</pre>
     *
     * @param location the location where a change is expected (see the class description)
     * @return assertions on the change exactly at the location, or else on the first one below it
     * @throws IllegalArgumentException when the location has none of the forms a location has, e.g. a
     *                                  path without its leading {@code /}
     */
    public DifferenceAssert hasChangeAt(String location) {
        isNotNull();
        String expected = LocationCoverage.checked(location);
        List<Difference> found = actual.differences().stream()
                .filter(d -> LocationCoverage.covers(expected, d))
                .toList();
        if (found.isEmpty() || !actual.caveats().isEmpty()) {
            AssertionError failure = actual.caveats().isEmpty()
                    ? failureBecause("Expected a change at " + expected + ", but there is none.")
                    : caveated("a change at " + expected);
            if (softly == null) {
                throw failure;
            }
            // Collected here rather than thrown: AssertJ's proxy would return null instead of an assert.
            softly.collectAssertionError(failure);
            return new DifferenceAssert(null).attach(this, actual, expected, found, true);
        }
        Difference chosen = found.stream().filter(d -> d.location().equals(expected)).findFirst().orElse(found.get(0));
        DifferenceAssert differenceAssert = softly == null ? new DifferenceAssert(chosen) : softly.proxyFor(chosen);
        return differenceAssert.attach(this, actual, expected, found, false);
    }

    /**
     * Verifies that no difference has the given relevance, e.g. no {@code HIGH} (contract) change
     * while value changes are fine.
     *
     * @param relevance the relevance that must not occur
     * @return this
     */
    public BehaviorDiffAssert hasNoChangesOfRelevance(Relevance relevance) {
        isNotNull();
        Objects.requireNonNull(relevance, "relevance");
        refuseWithCaveats("no " + relevance + " changes between baseline and fork");
        List<Difference> found = actual.at(relevance);
        if (!found.isEmpty()) {
            throw failureBecause("Expected no " + relevance + " changes between baseline and fork, but found "
                    + found.size() + ":" + DiffFailure.described(actual, found));
        }
        return this;
    }

    private static List<String> checked(String[] locations) {
        Objects.requireNonNull(locations, "locations");
        if (locations.length == 0) {
            throw new IllegalArgumentException(
                    "Give at least one location; to assert that nothing changed, use hasNoRelevantChanges()");
        }
        List<String> checked = new ArrayList<>();
        for (String location : locations) {
            checked.add(LocationCoverage.checked(location));
        }
        return checked;
    }

    /** Fails when the diff has caveats: then it may not show the fork's behaviour, whatever it holds. */
    private void refuseWithCaveats(String asserted) {
        if (!actual.caveats().isEmpty()) {
            throw caveated(asserted);
        }
    }

    /** The failure of an assertion on a diff with caveats; see {@link DiffFailure#caveated}. */
    private AssertionError caveated(String asserted) {
        return failureWithActualExpected(CaptureRendering.render(actual.fork()),
                CaptureRendering.render(actual.baseline()), "%s", DiffFailure.caveated(asserted, actual));
    }

    /**
     * The failure for the expectation: the message lists every difference, and the fork and baseline
     * renderings are the actual and expected values of an opentest4j failure, for the IDE's diff view.
     * Returned, not thrown, so each caller says {@code throw} and the compiler sees the path end there.
     */
    private AssertionError failureBecause(String expectation) {
        return failureWithActualExpected(CaptureRendering.render(actual.fork()),
                CaptureRendering.render(actual.baseline()), "%s", DiffFailure.message(expectation, actual));
    }
}
