package dev.sandboxtests.kubernetes.reaper;

/** A sandbox's objects could not all be removed from the cluster; the message says which and why. */
public final class KubernetesRemovalException extends RuntimeException {

    public KubernetesRemovalException(String message) {
        super(message);
    }
}
