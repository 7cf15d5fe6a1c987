package dev.sandboxtests.local;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${port}}, {@code ${service}} and {@code ${endpoint:<service>}} in the arguments and
 * environment of a child process.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private Placeholders() {
    }

    static String expand(String text, LaunchContext context) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (name.equals("port")) {
                value = Integer.toString(context.port());
            } else if (name.equals("service")) {
                value = context.service();
            } else if (name.startsWith("endpoint:")) {
                value = context.endpoint(name.substring("endpoint:".length())).toString();
            } else {
                throw new IllegalArgumentException("Unknown placeholder ${" + name + "} in '" + text
                        + "'; use ${port}, ${service} or ${endpoint:<service>}.");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
