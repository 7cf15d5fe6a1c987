package dev.sandboxtests.spec;

import java.util.regex.Pattern;

/** Checks shared by the spec's value types; messages name the field and the rule. */
final class SpecValidation {

    /** RFC 1123 label, as Kubernetes and Signadot require for names. */
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    static final int MAX_NAME_LENGTH = 63;

    private SpecValidation() {
    }

    static String requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (value.length() > MAX_NAME_LENGTH || !DNS_LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a valid name: use at most "
                    + MAX_NAME_LENGTH + " lowercase letters, digits and '-', starting and ending with a letter or digit");
        }
        return value;
    }
}
