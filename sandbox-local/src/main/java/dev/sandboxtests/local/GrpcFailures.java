package dev.sandboxtests.local;

import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.grpc.protocol.GrpcHeaderNames;
import com.linecorp.armeria.common.stream.StreamMessage;
import io.grpc.Status;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a proxied gRPC call ends when its instance fails: with a gRPC status saying which instance and why,
 * instead of an HTTP error page or a bare stream reset that a gRPC client reports without either.
 */
final class GrpcFailures {

    /** {@code grpc-timeout}: up to 8 digits and a unit (Hours, Minutes, Seconds, milli, micro, nano). */
    private static final Pattern TIMEOUT = Pattern.compile("(\\d{1,8})([HMSmun])");

    private GrpcFailures() {
    }

    /**
     * The instance's response, ended with a gRPC status if it fails: a trailers-only response with
     * {@code unreachable}'s message if no response headers went out yet, else trailers with
     * {@code brokeOff}'s message after what was already passed on. The status is {@code UNAVAILABLE};
     * {@code DEADLINE_EXCEEDED} once the call's deadline passed, because an instance ends a call at its
     * deadline by resetting the stream, and the caller must not see that as an unavailable instance.
     *
     * <p>{@link HttpResponse#recover} cannot do the second part: it only switches responses before the
     * headers. {@link StreamMessage#recoverAndResume} keeps what was sent and continues with a fallback
     * stream, here a single trailers object. A caller's own cancellation is no failure of the instance:
     * it cancels the instance's stream and the fallback is never asked for.
     */
    static HttpResponse endWithStatus(RequestHeaders request, HttpResponse response,
            Function<Throwable, String> unreachable, Function<Throwable, String> brokeOff) {
        long start = System.nanoTime();
        AtomicBoolean headersSent = new AtomicBoolean();
        StreamMessage<HttpObject> resumed = response
                .peekHeaders(headers -> {
                    if (!headers.status().isInformational()) {
                        headersSent.set(true);
                    }
                })
                .recoverAndResume(cause -> {
                    // Failures only: the deadline is worked out when one happens, not for every call.
                    Optional<String> late = deadlinePassed(request.get(GrpcHeaderNames.GRPC_TIMEOUT), start);
                    Status.Code status = late.isPresent() ? Status.Code.DEADLINE_EXCEEDED : Status.Code.UNAVAILABLE;
                    String message = (headersSent.get() ? brokeOff : unreachable).apply(cause) + late.orElse("");
                    return headersSent.get()
                            ? StreamMessage.of(GrpcAnswers.trailers(status, message))
                            : GrpcAnswers.trailersOnly(status, message);
                });
        return HttpResponse.of(resumed);
    }

    /**
     * Whether the call's deadline has passed since {@code startNanos}: then the line to add to the failure's
     * message, e.g. {@code "\nThe call's deadline (grpc-timeout: 300m) had passed."}; empty without a valid
     * {@code grpc-timeout} or before its deadline.
     */
    static Optional<String> deadlinePassed(CharSequence grpcTimeout, long startNanos) {
        if (grpcTimeout == null) {
            return Optional.empty();
        }
        return nanos(grpcTimeout.toString()).filter(nanos -> System.nanoTime() - startNanos >= nanos)
                .map(nanos -> "\nThe call's deadline (grpc-timeout: " + grpcTimeout + ") had passed.");
    }

    /** The time a {@code grpc-timeout} value gives, if it is valid. */
    static Optional<Long> nanos(String timeout) {
        Matcher matcher = TIMEOUT.matcher(timeout.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        TimeUnit unit = switch (matcher.group(2)) {
            case "H" -> TimeUnit.HOURS;
            case "M" -> TimeUnit.MINUTES;
            case "S" -> TimeUnit.SECONDS;
            case "m" -> TimeUnit.MILLISECONDS;
            case "u" -> TimeUnit.MICROSECONDS;
            default -> TimeUnit.NANOSECONDS;
        };
        return Optional.of(unit.toNanos(amount));
    }
}
