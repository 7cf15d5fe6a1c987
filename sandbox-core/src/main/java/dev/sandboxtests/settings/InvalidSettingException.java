package dev.sandboxtests.settings;

/**
 * A setting was given a value it cannot take. The message names where the value was given (JUnit
 * configuration parameter, system property or environment variable), the value, and what is accepted.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidSettingException(Setting<?> setting, String origin, String value, IllegalArgumentException cause) {
        super("Setting " + setting.key() + " ('" + value + "', from " + origin + ") is invalid: " + cause.getMessage()
                + ". It sets " + setting.description() + "; default: " + setting.defaultText() + ".", cause);
    }
}
