/**
 * Settings of Sandbox Tests and the one place that reads them: {@link dev.sandboxtests.settings.Setting}
 * declares a setting, {@link dev.sandboxtests.settings.SandboxSettings} reads it from a JUnit
 * configuration parameter, a system property or an environment variable, in that order.
 */
package dev.sandboxtests.settings;
