/**
 * The reaper: nothing a test run starts outlives the test JVM, even a killed one. Resources are
 * registered as {@link dev.sandboxtests.reaper.Leftover}s with this JVM's
 * {@link dev.sandboxtests.reaper.Reaper}; a watchdog process removes what is still registered once the
 * JVM has ended, with the {@link dev.sandboxtests.reaper.LeftoverRemover} of each kind (found with
 * {@link java.util.ServiceLoader}; core brings {@link dev.sandboxtests.reaper.ProcessTreeRemover}).
 * Settings: {@link dev.sandboxtests.reaper.ReaperSettings}.
 */
package dev.sandboxtests.reaper;
