package dev.sandboxtests.kubernetes;

import dev.sandboxtests.routing.RoutingKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of the objects a sandbox creates: DNS labels of at most 63 characters, made from the baseline's name and the
 * routing key, so the same sandbox always gets the same names and two sandboxes never share one.
 *
 * <pre>{@code
 * ForkNames.of("pricing", key)      // "pricing-7r3xyg4bq9rrv4g9"
 * }</pre>
 */
final class ForkNames {

    static final int MAX_LENGTH = 63;
    private static final int KEY_PART = 16;

    private ForkNames() {
    }

    /** The name of the fork of {@code baseline} in the sandbox of {@code key}. */
    static String of(String baseline, RoutingKey key) {
        return joined(baseline, keyPart(key));
    }

    /** The name of a route object for {@code baseline} owned by sandboxes: {@code sandbox-tests-pricing}. */
    static String sharedRoute(String baseline) {
        return truncated(KubernetesLabels.ROUTE_NAME_PREFIX + baseline, MAX_LENGTH);
    }

    /** {@code name} plus a suffix, still a DNS label of at most 63 characters. */
    static String joined(String name, String suffix) {
        return truncated(name, MAX_LENGTH - suffix.length() - 1) + "-" + suffix;
    }

    /** Keys of {@link RoutingKey#random()} are 16 characters; longer ones are shortened to a digest. */
    private static String keyPart(RoutingKey key) {
        if (key.value().length() <= KEY_PART) {
            return key.value();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.value().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest).substring(0, KEY_PART);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String truncated(String name, int length) {
        String cut = name.length() <= length ? name : name.substring(0, length);
        return cut.replaceAll("-+$", "");
    }
}
