package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.SandboxException;

/** A sandbox on a cluster could not be created, made ready or removed; the message says why and what to do. */
public final class KubernetesSandboxException extends SandboxException {

    private static final long serialVersionUID = 1L;

    public KubernetesSandboxException(String message) {
        super(message);
    }

    public KubernetesSandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
