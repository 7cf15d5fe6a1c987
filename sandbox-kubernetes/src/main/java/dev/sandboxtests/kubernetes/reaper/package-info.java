/**
 * What removes a sandbox's objects from a cluster when no test closes it: the TTL reaper
 * ({@link dev.sandboxtests.kubernetes.reaper.KubernetesReaper}, also a scheduled CI job through
 * {@link dev.sandboxtests.kubernetes.reaper.KubernetesReaperCommand}), and the core watchdog's remover of kind
 * {@value dev.sandboxtests.kubernetes.reaper.KubernetesSandboxRemover#KIND} for a killed test JVM. Both find
 * objects only by the labels of {@link dev.sandboxtests.kubernetes.KubernetesLabels} and never touch an object
 * without {@code app.kubernetes.io/managed-by=sandbox-tests}.
 */
package dev.sandboxtests.kubernetes.reaper;
