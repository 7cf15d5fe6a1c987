package dev.sandboxtests.benchmarks;

/**
 * Run once per benchmark fork before measuring: the library about to be timed must report the pair as
 * different, or its figure would time a comparison that missed the point. smart-diff must also report
 * the expected number of differences; when it does not, a warning goes to JMH's output (not a failure,
 * so that a run still shows figures for an engine in the middle of a rewrite; docs/benchmarks.md says
 * what each warning meant for that run).
 */
final class ResultCheck {

    private ResultCheck() {
    }

    /**
     * @param contender the library the benchmark method measures
     * @param unordered whether the unordered variant is measured
     * @param pair      the documents
     * @param scenario  the scenario, for the message, e.g. {@code "ordered 75kb/all"}
     * @throws IllegalStateException when the library reports no difference
     */
    static void require(Contender contender, boolean unordered, DocumentPair pair, String scenario) {
        Verdict verdict = Verdict.of(contender, unordered, pair);
        int changed = pair.shape().changedItems().size();
        String summary = "[result check] " + scenario + ": " + verdict + "; the fork changed " + changed + " of "
                + pair.shape().itemCount() + " items";
        if (!verdict.different()) {
            throw new IllegalStateException(summary + ". Timing a comparison that misses every difference would"
                    + " be meaningless; fix the call in Contenders.");
        }
        System.out.println(summary);
        if (contender == Contender.SMART_DIFF && !expected(verdict.differences(), changed, unordered)) {
            System.out.println("[result check] WARNING: smart-diff should report " + changed + " difference(s)"
                    + (unordered ? " (or " + 2 * changed + " when a changed item is reported as removed and added)" : "")
                    + " but reported " + verdict.differences() + "; this figure times a different result.");
        }
    }

    /** One CHANGED per changed item; unordered, a removed and an added element per changed item also count. */
    static boolean expected(int reported, int changed, boolean unordered) {
        return reported == changed || (unordered && reported == 2 * changed);
    }
}
