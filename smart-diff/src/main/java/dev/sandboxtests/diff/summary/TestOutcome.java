package dev.sandboxtests.diff.summary;

/**
 * What the test runner knows of the test that made a diff, and the diff report does not.
 *
 * @param testId the runner's id of the test (JUnit's unique id), or {@code null} when unknown
 * @param failed whether the test failed, or {@code null} when its outcome is unknown (it has not finished)
 */
public record TestOutcome(String testId, Boolean failed) {

    /** Nothing known: a diff report without a recorded outcome. */
    public static final TestOutcome UNKNOWN = new TestOutcome(null, null);
}
