package dev.sandboxtests.kubernetes.reaper;

import java.util.List;

/**
 * What one run of the reaper did.
 *
 * @param removed  what it removed, in the order it did; in a dry run, what it would have removed
 * @param problems what it could not do or could not judge, each a sentence saying what and why; such objects
 *                 stay for the next run
 * @param dryRun   whether nothing was changed
 */
public record SweepReport(List<ReapedObject> removed, List<String> problems, boolean dryRun) {

    public SweepReport {
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
    }

    /** Whether everything went as it should. */
    public boolean succeeded() {
        return problems.isEmpty();
    }
}
