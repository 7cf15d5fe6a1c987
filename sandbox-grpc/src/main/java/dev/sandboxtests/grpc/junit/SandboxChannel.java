package dev.sandboxtests.grpc.junit;

import io.grpc.ManagedChannel;

/** A channel that lives as long as its sandbox: kept in the JUnit store, which closes it before the sandbox. */
final class SandboxChannel implements AutoCloseable {

    private final ManagedChannel channel;

    SandboxChannel(ManagedChannel channel) {
        this.channel = channel;
    }

    ManagedChannel channel() {
        return channel;
    }

    @Override
    public void close() {
        GrpcChannels.close(channel);
    }
}
