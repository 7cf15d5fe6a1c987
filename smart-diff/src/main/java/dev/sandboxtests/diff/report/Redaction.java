package dev.sandboxtests.diff.report;

import java.util.Set;

/**
 * Headers whose values reports never write: report files are shared as CI artifacts, and these carry
 * credentials or sessions. A test that needs them compares them in code, not in a report.
 */
final class Redaction {

    static final String REDACTED = "(redacted)";

    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token");

    private Redaction() {
    }

    /** @param name a lower-cased header name */
    static boolean isSecret(String name) {
        return SECRET_HEADERS.contains(name);
    }
}
