package dev.sandboxtests.local;

import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.MethodType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The gRPC service {@code test.Echo} of {@link EchoBackend}, described by hand: its messages are UTF-8
 * strings, so the tests need no protoc. One method per call shape, and some that misbehave on purpose.
 */
final class EchoMethods {

    static final String SERVICE = "test.Echo";

    /** Declared before the methods, which need it when the class initialises. */
    private static final MethodDescriptor.Marshaller<String> UTF_8 = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(String value) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** Unary: {@code "x"} gives {@code "<backend> echo x"}. */
    static final MethodDescriptor<String, String> ECHO = method(MethodType.UNARY, "Echo");
    /** Server streaming: {@code "3"} gives {@code "<backend> 1"}, {@code "<backend> 2"}, {@code "<backend> 3"}. */
    static final MethodDescriptor<String, String> COUNT = method(MethodType.SERVER_STREAMING, "Count");
    /** Client streaming: {@code "a"}, {@code "b"} give {@code "<backend> joined a+b"}. */
    static final MethodDescriptor<String, String> JOIN = method(MethodType.CLIENT_STREAMING, "Join");
    /** Bidi streaming: answers each {@code "x"} at once with {@code "<backend> heard x"}. */
    static final MethodDescriptor<String, String> CHAT = method(MethodType.BIDI_STREAMING, "Chat");
    /** Unary: fails with {@code NOT_FOUND} and the trailer {@code x-missing-item} set to the request. */
    static final MethodDescriptor<String, String> FIND = method(MethodType.UNARY, "Find");
    /** Unary: never answers; the backend notes when the call is cancelled. */
    static final MethodDescriptor<String, String> HANG = method(MethodType.UNARY, "Hang");
    /** Server streaming: sends {@code "<backend> tick 1"} and {@code "<backend> tick 2"}, then nothing. */
    static final MethodDescriptor<String, String> TICKS = method(MethodType.SERVER_STREAMING, "Ticks");

    private EchoMethods() {
    }

    private static MethodDescriptor<String, String> method(MethodType type, String name) {
        return MethodDescriptor.<String, String>newBuilder()
                .setType(type)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
                .setRequestMarshaller(UTF_8)
                .setResponseMarshaller(UTF_8)
                .build();
    }
}
