package dev.sandboxtests.diff.reading;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code content-type} value. Type, subtype and parameter names are case-insensitive, and
 * so is the charset value, so they are lower-cased; spacing around {@code ;} and {@code =} is
 * dropped. Two values that differ only in that way are equal.
 */
public record MediaType(String type, String subtype, Map<String, String> parameters) {

    public static MediaType parse(String value) {
        String[] parts = value.split(";");
        String essence = parts[0].trim().toLowerCase(Locale.ROOT);
        int slash = essence.indexOf('/');
        String type = slash < 0 ? essence : essence.substring(0, slash).trim();
        String subtype = slash < 0 ? "" : essence.substring(slash + 1).trim();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals < 0) {
                continue; // "text/plain;" or a bare token: nothing to compare
            }
            String name = parts[i].substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String parameter = unquote(parts[i].substring(equals + 1).trim());
            parameters.put(name, name.equals("charset") ? parameter.toLowerCase(Locale.ROOT) : parameter);
        }
        return new MediaType(type, subtype, Map.copyOf(parameters));
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    boolean isJson() {
        return (type.equals("application") && subtype.equals("json")) || subtype.endsWith("+json");
    }

    boolean isTextual() {
        return type.equals("text")
                || subtype.equals("xml") || subtype.endsWith("+xml")
                || (type.equals("application") && switch (subtype) {
                    case "javascript", "x-www-form-urlencoded", "yaml", "x-yaml", "graphql" -> true;
                    default -> false;
                });
    }

    boolean isBinary() {
        return switch (type) {
            case "image", "audio", "video", "font" -> true;
            case "application" -> switch (subtype) {
                case "octet-stream", "pdf", "zip", "gzip", "protobuf", "x-protobuf", "grpc" -> true;
                default -> subtype.startsWith("grpc+");
            };
            default -> false;
        };
    }

    /** The declared charset when the JVM knows it; an unknown name counts as not declared. */
    Optional<Charset> charset() {
        String name = parameters.get("charset");
        try {
            return name == null || !Charset.isSupported(name) ? Optional.empty() : Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException illegalName) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(type);
        if (!subtype.isEmpty()) {
            text.append('/').append(subtype);
        }
        parameters.forEach((name, value) -> text.append(";").append(name).append('=').append(value));
        return text.toString();
    }
}
