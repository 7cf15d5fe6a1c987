package dev.sandboxtests.diff.report.browser;

/** Runs every closing step even when an earlier one fails, and throws the first failure with the others suppressed. */
final class Closing {

    /** One step of closing; may throw anything. */
    interface Step {
        void run() throws Exception;
    }

    private Closing() {
    }

    /**
     * Runs the steps in order, skipping null ones.
     *
     * @param earlier a failure that made us close, to which later ones are added; null when closing normally
     */
    static void all(Throwable earlier, Step... steps) {
        Throwable first = earlier;
        for (Step step : steps) {
            if (step == null) {
                continue;
            }
            try {
                step.run();
            } catch (Exception | Error e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (earlier == null && first != null) {
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Closing the browser failed: " + first.getMessage(), first);
        }
    }
}
