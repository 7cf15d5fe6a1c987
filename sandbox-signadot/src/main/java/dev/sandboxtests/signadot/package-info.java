/**
 * The Signadot provider ({@code sandbox.provider=signadot}): sandboxes created, awaited and deleted through
 * Signadot's public REST API.
 */
package dev.sandboxtests.signadot;
