package dev.sandboxtests.local;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.grpc.protocol.GrpcHeaderNames;
import com.linecorp.armeria.common.grpc.protocol.StatusMessageEscaper;
import io.grpc.Status;

/**
 * The router's own answers to gRPC callers. A gRPC client reads the status from {@code grpc-status} and
 * {@code grpc-message}, not from the HTTP status or body, so an HTTP error page would reach the test as a
 * bare "HTTP status code 502" without the router's explanation. These answers follow the gRPC over
 * HTTP/2 protocol: a trailers-only response before the response headers went out, trailers after.
 * Codes are grpc-java's {@link Status.Code}; header names and message escaping are Armeria's gRPC
 * protocol module's.
 */
final class GrpcAnswers {

    /**
     * gRPC clients refuse response headers over 8 KiB by default (grpc-java's max header list size), and
     * an instance's failure may carry many log lines: the escaped message is cut at 4 KiB, and its start
     * says what happened.
     */
    static final int MAX_ENCODED_LENGTH = 4096;
    private static final String CUT = " [cut: gRPC limits the size of headers]";

    private GrpcAnswers() {
    }

    /** Whether the caller speaks gRPC: content type {@code application/grpc} or {@code application/grpc+...}. */
    static boolean isGrpc(RequestHeaders headers) {
        return isGrpcContentType(headers.get(HttpHeaderNames.CONTENT_TYPE));
    }

    /** Whether a {@code content-type} value (null when absent) is gRPC's, whatever header type carried it. */
    static boolean isGrpcContentType(CharSequence type) {
        if (type == null || type.length() < 16 || !type.toString().regionMatches(true, 0, "application/grpc", 0, 16)) {
            return false;
        }
        return type.length() == 16 || type.charAt(16) == '+' || type.charAt(16) == ';';
    }

    /** A whole response of one HEADERS frame that ends the stream: HTTP 200 carrying the gRPC status. */
    static HttpResponse trailersOnly(Status.Code status, String message) {
        return HttpResponse.of(ResponseHeaders.builder(HttpStatus.OK)
                .set(HttpHeaderNames.CONTENT_TYPE, "application/grpc")
                .add(GrpcHeaderNames.GRPC_STATUS, Integer.toString(status.value()))
                .add(GrpcHeaderNames.GRPC_MESSAGE, escape(message))
                .endOfStream(true)
                .build());
    }

    /** The trailers that end a response whose headers already went out. */
    static HttpHeaders trailers(Status.Code status, String message) {
        return HttpHeaders.builder()
                .add(GrpcHeaderNames.GRPC_STATUS, Integer.toString(status.value()))
                .add(GrpcHeaderNames.GRPC_MESSAGE, escape(message))
                .endOfStream(true)
                .build();
    }

    /**
     * {@code grpc-message} as the gRPC protocol wants it (percent-encoded UTF-8, by Armeria's escaper), at
     * most {@link #MAX_ENCODED_LENGTH} characters: a longer message is cut at a character boundary and
     * marked as cut.
     */
    static String escape(String message) {
        String whole = StatusMessageEscaper.escape(message);
        if (whole.length() <= MAX_ENCODED_LENGTH) {
            return whole;
        }
        // The longest prefix whose escaped form fits beside the mark; escaping never shortens, so the
        // escaped length grows with the prefix and a binary search finds it in a few dozen escapes.
        int budget = MAX_ENCODED_LENGTH - CUT.length();
        int fits = 0;
        int tooLong = message.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (StatusMessageEscaper.escape(prefix(message, middle)).length() <= budget) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return StatusMessageEscaper.escape(prefix(message, fits)) + CUT;
    }

    /** The first {@code length} chars, one fewer where that would split a surrogate pair. */
    private static String prefix(String text, int length) {
        int end = length > 0 && Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
