package dev.sandboxtests.grpc;

import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.grpc.test.RepeatRequest;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The echo service, recording what it sees at each point of each call shape. */
final class RecordingEchoService extends EchoGrpc.EchoImplBase {

    private final String name;
    private final ConcurrentLinkedQueue<Sighting> sightings = new ConcurrentLinkedQueue<>();

    RecordingEchoService(String name) {
        this.name = name;
    }

    /** Everything seen so far, in order. Empty if no service code ran. */
    List<Sighting> sightings() {
        return List.copyOf(sightings);
    }

    @Override
    public void say(EchoRequest request, StreamObserver<EchoReply> replies) {
        replies.onNext(reply(see("say"), request.getText(), 0));
        replies.onCompleted();
    }

    @Override
    public void repeat(RepeatRequest request, StreamObserver<EchoReply> replies) {
        Sighting sighting = see("repeat");
        for (int i = 0; i < request.getTimes(); i++) {
            replies.onNext(reply(sighting, request.getText(), i));
        }
        replies.onCompleted();
    }

    @Override
    public StreamObserver<EchoRequest> collect(StreamObserver<EchoReply> replies) {
        see("collect started");
        StringBuilder texts = new StringBuilder();
        return new StreamObserver<>() {
            @Override
            public void onNext(EchoRequest request) {
                see("collect message");
                texts.append(request.getText());
            }

            @Override
            public void onError(Throwable error) {
                see("collect error");
            }

            @Override
            public void onCompleted() {
                replies.onNext(reply(see("collect completed"), texts.toString(), 0));
                replies.onCompleted();
            }
        };
    }

    @Override
    public StreamObserver<EchoRequest> chat(StreamObserver<EchoReply> replies) {
        see("chat started");
        return new StreamObserver<>() {
            private int index;

            @Override
            public void onNext(EchoRequest request) {
                replies.onNext(reply(see("chat message"), request.getText(), index++));
            }

            @Override
            public void onError(Throwable error) {
                see("chat error");
            }

            @Override
            public void onCompleted() {
                see("chat completed");
                replies.onCompleted();
            }
        };
    }

    private Sighting see(String where) {
        Sighting sighting = Sighting.now(where);
        sightings.add(sighting);
        return sighting;
    }

    private EchoReply reply(Sighting sighting, String text, int index) {
        return EchoReply.newBuilder()
                .setText(text)
                .setServedBy(name)
                .setRoutingKey(sighting.grpcKey() == null ? "" : sighting.grpcKey())
                .setIndex(index)
                .build();
    }
}
