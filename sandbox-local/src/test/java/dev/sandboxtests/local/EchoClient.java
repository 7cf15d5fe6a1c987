package dev.sandboxtests.local;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptors;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A gRPC client of {@link EchoMethods} through a router, optionally sending a {@code baggage} header.
 * Every call has a deadline, so that a broken router fails a test instead of hanging the build.
 */
final class EchoClient {

    static final Metadata.Key<String> BAGGAGE = Metadata.Key.of("baggage", Metadata.ASCII_STRING_MARSHALLER);
    private static final long DEADLINE_SECONDS = 30;

    private final Channel channel;

    private EchoClient(Channel channel) {
        this.channel = channel;
    }

    /** A plaintext HTTP/2 channel to {@code router}; the caller shuts it down. */
    static ManagedChannel channelTo(URI router) {
        return Grpc.newChannelBuilderForAddress(router.getHost(), router.getPort(), InsecureChannelCredentials.create())
                .build();
    }

    static EchoClient withoutBaggage(Channel channel) {
        return new EchoClient(channel);
    }

    static EchoClient withBaggage(Channel channel, String baggage) {
        Metadata headers = new Metadata();
        headers.put(BAGGAGE, baggage);
        return withMetadata(channel, headers);
    }

    /** A client whose calls carry these request headers. */
    static EchoClient withMetadata(Channel channel, Metadata headers) {
        return new EchoClient(ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers)));
    }

    /** Options with the usual generous deadline. */
    static CallOptions options() {
        return CallOptions.DEFAULT.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    ClientCall<String, String> newCall(MethodDescriptor<String, String> method, CallOptions options) {
        return channel.newCall(method, options);
    }

    String echo(String message) {
        return ClientCalls.blockingUnaryCall(channel, EchoMethods.ECHO, options(), message);
    }

    List<String> count(int messages) {
        List<String> answers = new ArrayList<>();
        ClientCalls.blockingServerStreamingCall(channel, EchoMethods.COUNT, options(), Integer.toString(messages))
                .forEachRemaining(answers::add);
        return answers;
    }

    /** Starts a client-streaming call; send with {@code onNext}, end with {@code onCompleted}. */
    StreamObserver<String> join(RecordingObserver answer) {
        return ClientCalls.asyncClientStreamingCall(newCall(EchoMethods.JOIN, options()), answer);
    }

    /** Starts a bidi-streaming call. */
    StreamObserver<String> chat(RecordingObserver answers) {
        return ClientCalls.asyncBidiStreamingCall(newCall(EchoMethods.CHAT, options()), answers);
    }

    /** Starts a server-streaming call of {@code method}. */
    ClientCall<String, String> stream(MethodDescriptor<String, String> method, String request, RecordingObserver answers) {
        ClientCall<String, String> call = newCall(method, options());
        ClientCalls.asyncServerStreamingCall(call, request, answers);
        return call;
    }

    String call(MethodDescriptor<String, String> method, CallOptions options, String request) {
        return ClientCalls.blockingUnaryCall(channel, method, options, request);
    }
}
