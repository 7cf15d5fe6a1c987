package dev.sandboxtests.junit.local;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import java.nio.charset.StandardCharsets;

/**
 * The router's own answers to gRPC callers. A gRPC client reads the status from {@code grpc-status} and
 * {@code grpc-message}, not from the HTTP status or body, so an HTTP error page would reach the test as a
 * bare "HTTP status code 502" without the router's explanation. These answers follow the gRPC over
 * HTTP/2 protocol: a trailers-only response before the response headers went out, trailers after.
 */
final class GrpcAnswers {

    static final int INVALID_ARGUMENT = 3;
    static final int DEADLINE_EXCEEDED = 4;
    static final int UNAVAILABLE = 14;

    /**
     * gRPC clients refuse response headers over 8 KiB by default (grpc-java's max header list size), and
     * an instance's failure may carry many log lines: the encoded message is cut at 4 KiB, and its start
     * says what happened.
     */
    static final int MAX_ENCODED_LENGTH = 4096;
    private static final String CUT = " [cut: gRPC limits the size of headers]";

    private GrpcAnswers() {
    }

    /** Whether the caller speaks gRPC: content type {@code application/grpc} or {@code application/grpc+...}. */
    static boolean isGrpc(RequestHeaders headers) {
        String type = headers.get(HttpHeaderNames.CONTENT_TYPE);
        if (type == null || !type.regionMatches(true, 0, "application/grpc", 0, 16)) {
            return false;
        }
        return type.length() == 16 || type.charAt(16) == '+' || type.charAt(16) == ';';
    }

    /** A whole response of one HEADERS frame that ends the stream: HTTP 200 carrying the gRPC status. */
    static HttpResponse trailersOnly(int status, String message) {
        return HttpResponse.of(ResponseHeaders.builder(HttpStatus.OK)
                .set(HttpHeaderNames.CONTENT_TYPE, "application/grpc")
                .add("grpc-status", Integer.toString(status))
                .add("grpc-message", percentEncode(message))
                .endOfStream(true)
                .build());
    }

    /** The trailers that end a response whose headers already went out. */
    static HttpHeaders trailers(int status, String message) {
        return HttpHeaders.builder()
                .add("grpc-status", Integer.toString(status))
                .add("grpc-message", percentEncode(message))
                .endOfStream(true)
                .build();
    }

    /**
     * {@code grpc-message} as the gRPC HTTP/2 protocol wants it: UTF-8, with every byte outside printable
     * ASCII, and {@code %} itself, written as {@code %XX}; at most {@link #MAX_ENCODED_LENGTH} characters,
     * cut between whole {@code %XX} escapes and marked as cut.
     */
    static String percentEncode(String message) {
        StringBuilder encoded = new StringBuilder(Math.min(message.length(), MAX_ENCODED_LENGTH));
        int limit = MAX_ENCODED_LENGTH - CUT.length();
        for (byte b : message.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xff;
            boolean plain = unsigned >= 0x20 && unsigned <= 0x7e && unsigned != '%';
            if (encoded.length() + (plain ? 1 : 3) > limit) {
                return encoded.append(CUT).toString();
            }
            if (plain) {
                encoded.append((char) unsigned);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(unsigned >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(unsigned & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
