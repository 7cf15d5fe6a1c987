/**
 * The Signadot provider ({@code sandbox.provider=signadot}): sandboxes created, awaited and deleted through
 * Signadot's public REST API ({@link dev.sandboxtests.signadot.SignadotSandboxProvider}), configured per test
 * class with {@link dev.sandboxtests.signadot.SignadotSandbox @SignadotSandbox} and by
 * {@link dev.sandboxtests.signadot.SignadotSettings}; what a killed test JVM leaves is deleted by the reaper's
 * {@link dev.sandboxtests.signadot.SignadotSandboxRemover}.
 */
package dev.sandboxtests.signadot;
