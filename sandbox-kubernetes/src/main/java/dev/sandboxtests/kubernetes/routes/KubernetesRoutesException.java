package dev.sandboxtests.kubernetes.routes;

/** The routing rules could not be read from the cluster; the message says where and why. */
public final class KubernetesRoutesException extends RuntimeException {

    public KubernetesRoutesException(String message, Throwable cause) {
        super(message, cause);
    }
}
