package dev.sandboxtests.diff.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.rendering.ValueTexts;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the change at one location of a {@link BehaviorDiff}, reached through
 * {@link BehaviorDiffAssert#hasChangeAt(String)}.
 *
 * <pre>{@code
 * assertThat(diff).hasChangeAt("/total").from(100).to(90).withRelevance(Relevance.MEDIUM);
 * assertThat(diff).hasChangeAt("/coupon").from(DifferenceAssert.ABSENT).to("SPRING")
 *                 .withOperation(Operation.ADDED);
 * assertThat(diff).hasChangeAt("status").from(200).to(503);
 * }</pre>
 *
 * <p>Values are compared as JSON: numbers by numeric value whatever their Java or JSON type
 * ({@code from(100)} matches a baseline of {@code 100} read as a big integer, {@code from(1.5)} one
 * of {@code 1.50}); strings, booleans and {@code null} (JSON null) as themselves; {@link #ABSENT} for
 * "no value on that side"; a {@code JsonNode}, a {@code Map} or a {@code List} structurally. A status
 * is a number and a header value a string.
 *
 * <p>The change checked is the one exactly at the location, or the only one below it; when several
 * changes are below it and none is at it, every check fails and lists them, so name one of them.
 */
public class DifferenceAssert extends AbstractAssert<DifferenceAssert, Difference> {

    /** No value on that side: {@code from(ABSENT)} for an added value, {@code to(ABSENT)} for a missing one. */
    public static final JsonNode ABSENT = MissingNode.getInstance();

    private BehaviorDiffAssert diffAssert;
    private BehaviorDiff diff;
    private String location;
    private List<Difference> candidates = List.of();
    private boolean skipped;

    /**
     * Public for AssertJ's soft-assertion proxies; start from {@link BehaviorDiffAssert#hasChangeAt(String)}.
     *
     * @param actual the difference to check
     */
    public DifferenceAssert(Difference actual) {
        super(actual, DifferenceAssert.class);
    }

    /**
     * Ties this assertion to the diff it came from.
     *
     * @param skipped whether the change was not found and that failure was already collected by soft
     *                assertions, so the checks that follow have nothing to check
     */
    DifferenceAssert attach(BehaviorDiffAssert diffAssert, BehaviorDiff diff, String location,
                            List<Difference> candidates, boolean skipped) {
        this.diffAssert = diffAssert;
        this.diff = diff;
        this.location = location;
        this.candidates = List.copyOf(candidates);
        this.skipped = skipped;
        return this;
    }

    /**
     * Verifies the baseline value of the change.
     *
     * @param baselineValue the expected baseline value (see the class description), {@link #ABSENT} when
     *                      the value is only in the fork
     * @return this
     */
    public DifferenceAssert from(Object baselineValue) {
        if (resolved()) {
            JsonNode expected = ValueMatching.toJson(baselineValue);
            if (!ValueMatching.matches(actual.baseline(), expected)) {
                throw failureBecause("Expected the change at " + actual.location() + " to be from " + text(expected)
                        + ", but its baseline value is " + actual.baselineText() + ".");
            }
        }
        return this;
    }

    /**
     * Verifies the fork value of the change.
     *
     * @param forkValue the expected fork value (see the class description), {@link #ABSENT} when the value
     *                  is missing in the fork
     * @return this
     */
    public DifferenceAssert to(Object forkValue) {
        if (resolved()) {
            JsonNode expected = ValueMatching.toJson(forkValue);
            if (!ValueMatching.matches(actual.fork(), expected)) {
                throw failureBecause("Expected the change at " + actual.location() + " to be to " + text(expected)
                        + ", but its fork value is " + actual.forkText() + ".");
            }
        }
        return this;
    }

    /**
     * Verifies how much the change matters, e.g. that an expected change was accepted ({@code LOW}).
     *
     * @param relevance the expected relevance
     * @return this
     */
    public DifferenceAssert withRelevance(Relevance relevance) {
        Objects.requireNonNull(relevance, "relevance");
        if (resolved() && actual.relevance() != relevance) {
            throw failureBecause("Expected the change at " + actual.location() + " to be " + relevance + ", but it is "
                    + actual.relevance() + " (" + actual.reason() + ").");
        }
        return this;
    }

    /**
     * Verifies what happened to the value.
     *
     * @param operation the expected operation
     * @return this
     */
    public DifferenceAssert withOperation(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        if (resolved() && actual.operation() != operation) {
            throw failureBecause("Expected the change at " + actual.location() + " to be " + operation + ", but it is "
                    + actual.operation() + ".");
        }
        return this;
    }

    /**
     * Verifies the reason for the relevance, e.g. that a change is rated as learned noise.
     *
     * @param text a part of the expected reason, e.g. {@code "noise"} or {@code "expected: "}
     * @return this
     */
    public DifferenceAssert withReasonContaining(String text) {
        Objects.requireNonNull(text, "text");
        if (resolved() && !actual.reason().contains(text)) {
            throw failureBecause("Expected the reason for the change at " + actual.location() + " to contain \"" + text
                    + "\", but it is \"" + actual.reason() + "\".");
        }
        return this;
    }

    /**
     * Goes on with another location of the same diff, so that checks can be chained.
     *
     * @param otherLocation the location of the next change to check
     * @return assertions on that change
     * @see BehaviorDiffAssert#hasChangeAt(String)
     */
    public DifferenceAssert hasChangeAt(String otherLocation) {
        if (diffAssert == null) {
            throw new IllegalStateException("This DifferenceAssert was made for a single difference; start from"
                    + " assertThat(diff).hasChangeAt(location) to go on to other locations");
        }
        return diffAssert.hasChangeAt(otherLocation);
    }

    /** Whether there is exactly one change to check; fails when there are several to choose from. */
    private boolean resolved() {
        if (skipped) {
            return false;
        }
        isNotNull();
        if (candidates.size() > 1 && !actual.location().equals(location)) {
            throw failureBecause("There are " + candidates.size() + " changes below " + location + " and none at it;"
                    + " name the one to check:" + DiffFailure.described(diff, candidates));
        }
        return true;
    }

    /**
     * The failure for the expectation and the change. With the diff it came from, the message lists
     * every difference and the renderings of fork and baseline are the actual and expected values, for
     * the IDE's diff view; a lone difference has only itself to show. Returned, not thrown, so each
     * caller says {@code throw} and no path goes on past a failure.
     */
    private AssertionError failureBecause(String expectation) {
        if (diff == null) {
            return failure("%s", expectation + "\nThe change: " + actual.describe());
        }
        String described = expectation + "\nThe change: " + ValueTexts.describe(actual, diff.baseline(), diff.fork());
        return failureWithActualExpected(CaptureRendering.render(diff.fork()), CaptureRendering.render(diff.baseline()),
                "%s", DiffFailure.message(described, diff));
    }

    /** A value the test gave, as JSON; it is the test's own, so it is short. */
    private static String text(JsonNode value) {
        return value.isMissingNode() ? "(absent)" : value.toString();
    }
}
