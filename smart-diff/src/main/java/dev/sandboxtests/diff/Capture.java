package dev.sandboxtests.diff;

import dev.sandboxtests.diff.reading.ClassifiedBody;
import dev.sandboxtests.diff.rendering.ValueTexts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One captured response: status code, headers and body bytes, and optionally the status code's name.
 * Immutable.
 *
 * <p>The name is for people: a protocol whose codes are numbers with names (gRPC's {@code 5} is
 * {@code NOT_FOUND}) gives it with {@link #withStatusName(String)}, and messages and reports then show
 * the status as {@code NOT_FOUND (5)}. Statuses are compared by their number only.
 *
 * <p>Header names are lower-cased (HTTP names are case-insensitive); names that differ only in case
 * are merged, values kept in order. Header insertion order is kept. The body is copied on the way in
 * and on the way out, so a capture cannot be changed after it is made.
 *
 * <pre>{@code
 * Capture baseline = Capture.json(200, "{\"total\": 100}");
 * Capture fork = Capture.of(200, Map.of("Content-Type", List.of("application/json")), bytes);
 * Capture grpc = Capture.json(5, "{}").withStatusName("NOT_FOUND");
 * }</pre>
 */
public final class Capture {

    private static final int TO_STRING_BODY_LIMIT = 200;

    private final int status;
    private final String statusName;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private Capture(int status, String statusName, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        this.statusName = statusName;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Captures a response.
     *
     * @param status  the status code
     * @param headers header names to values; names are lower-cased, order is kept
     * @param body    the body bytes, copied; {@code null} means no body
     * @return the capture
     */
    public static Capture of(int status, Map<String, List<String>> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers must not be null; pass Map.of() for none");
        return new Capture(status, null, normalize(headers), body == null ? new byte[0] : body.clone());
    }

    /**
     * Captures a JSON response: the body is the UTF-8 encoding of {@code json} and the content type is
     * {@code application/json}.
     *
     * @param status the status code
     * @param json   the body, not checked here (invalid JSON is reported by {@link SmartDiff})
     * @return the capture
     */
    public static Capture json(int status, String json) {
        Objects.requireNonNull(json, "json must not be null");
        return new Capture(status, null, Map.of("content-type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> normalize(Map<String, List<String>> headers) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            Objects.requireNonNull(name, "header names must not be null");
            List<String> target = merged.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>());
            if (values != null) {
                values.forEach(value -> target.add(Objects.requireNonNull(value,
                        () -> "header '" + name + "' has a null value")));
            }
        });
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        merged.forEach((name, values) -> frozen.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(frozen);
    }

    /** @return the status code */
    public int status() {
        return status;
    }

    /**
     * This capture with a name for its status code, shown next to the number.
     *
     * @param statusName the name of the status code, e.g. {@code NOT_FOUND} for gRPC's 5
     * @return a copy with that name
     */
    public Capture withStatusName(String statusName) {
        Objects.requireNonNull(statusName, "statusName");
        if (statusName.isBlank()) {
            throw new IllegalArgumentException("a status name must not be blank; leave it out when there is none");
        }
        return new Capture(status, statusName, headers, body);
    }

    /** @return the name of the status code, if one was given with {@link #withStatusName(String)} */
    public Optional<String> statusName() {
        return Optional.ofNullable(statusName);
    }

    /** @return lower-cased header names to their values, immutable, in insertion order */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** @return a copy of the body bytes; empty when there is no body */
    public byte[] body() {
        return body.clone();
    }

    /** @return the first {@code content-type} value, trimmed, if there is a non-blank one */
    public Optional<String> contentType() {
        List<String> values = headers.getOrDefault("content-type", List.of());
        return values.isEmpty() || values.get(0).isBlank() ? Optional.empty() : Optional.of(values.get(0).trim());
    }

    /** @return the body decoded as UTF-8 (malformed bytes become U+FFFD) */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body classified for comparing, without a defensive copy: a 50 MB body must not cost another
     * 50 MB. The reading stage never changes the bytes.
     *
     * @param side "baseline" or "fork", for error messages
     * @throws DiffException when the body is declared as JSON but is not UTF-8
     */
    ClassifiedBody classifiedBody(String side) {
        return ClassifiedBody.of(body, contentType(), side);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Capture that
                && status == that.status
                && Objects.equals(statusName, that.statusName)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * status + Objects.hashCode(statusName)) + headers.hashCode()) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        String text = bodyText();
        String shown = text.length() <= TO_STRING_BODY_LIMIT
                ? text
                : text.substring(0, TO_STRING_BODY_LIMIT) + "… (" + body.length + " bytes)";
        return "Capture[status=" + ValueTexts.status(this) + ", headers=" + headers + ", body=" + shown + "]";
    }
}
