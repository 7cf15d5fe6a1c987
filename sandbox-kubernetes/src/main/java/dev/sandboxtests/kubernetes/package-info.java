/**
 * The Kubernetes provider ({@code sandbox.provider=kubernetes}): forks of baseline Deployments on a cluster,
 * created with fabric8's client, requests carrying a sandbox's routing key sent to its forks by the mesh the
 * cluster runs.
 */
package dev.sandboxtests.kubernetes;
