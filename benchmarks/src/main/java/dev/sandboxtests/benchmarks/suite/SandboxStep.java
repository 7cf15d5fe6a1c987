package dev.sandboxtests.benchmarks.suite;

/**
 * One {@code dev.sandboxtests.local.SandboxStep} event of the local provider: {@code create}, {@code await ready},
 * {@code close} or {@code environment close}. The instance starts of a sandbox fall inside its steps.
 */
record SandboxStep(String step, String sandbox, boolean succeeded, Span span) {
}
