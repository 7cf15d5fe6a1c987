/**
 * Resources a sandbox needs besides its forks — a temporary database, say — created before the forks
 * start and deleted when the sandbox closes: the {@link dev.sandboxtests.resources.ResourcePlugin} SPI,
 * and {@link dev.sandboxtests.resources.SandboxResources}, which providers use to create a sandbox's
 * resources and hand their outputs to its forks.
 */
package dev.sandboxtests.resources;
