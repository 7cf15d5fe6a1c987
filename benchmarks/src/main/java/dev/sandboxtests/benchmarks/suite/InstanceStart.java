package dev.sandboxtests.benchmarks.suite;

/**
 * One {@code dev.sandboxtests.local.InstanceStart} event of the local provider: a baseline's or a fork's start,
 * from its launch until the router sends to it.
 *
 * @param role        {@code baseline} or {@code fork}
 * @param variant     the fork's variant; empty for a baseline
 * @param sandbox     the fork's sandbox; empty for a baseline
 * @param environment the {@code LocalEnvironment}'s simple class name (a run of its own, such as a scenario's
 *                    EngineTestKit run, starts an environment and its baselines of its own)
 */
record InstanceStart(String role, String service, String variant, String sandbox, String environment, boolean ready,
        Span span) {

    static final String BASELINE = "baseline";
    static final String FORK = "fork";

    boolean isBaseline() {
        return BASELINE.equals(role);
    }

    boolean isFork() {
        return FORK.equals(role);
    }
}
