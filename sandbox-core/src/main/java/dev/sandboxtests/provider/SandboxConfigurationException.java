package dev.sandboxtests.provider;

/**
 * A sandbox was asked for something its configuration cannot give: a service the environment does
 * not have, a fork variant that is not declared, a setting the provider needs, a provider that is not
 * on the class path. The message says what to change; test frameworks report it as a configuration
 * error rather than a test failure.
 */
public final class SandboxConfigurationException extends SandboxException {

    private static final long serialVersionUID = 1L;

    public SandboxConfigurationException(String message) {
        super(message);
    }

    public SandboxConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
