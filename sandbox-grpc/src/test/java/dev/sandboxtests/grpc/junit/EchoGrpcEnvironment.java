package dev.sandboxtests.grpc.junit;

import dev.sandboxtests.grpc.junit.EchoServer.Behaviour;
import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalServices;

/** {@code echo} (gRPC; forks {@code loud} and {@code breaks-mid-stream}) and {@code relay}, which calls echo. */
public final class EchoGrpcEnvironment implements LocalEnvironment {

    @Override
    public void define(LocalServices services) {
        services.service("echo")
                .baseline(context -> EchoServer.start("baseline", Behaviour.ECHO))
                .fork("loud", context -> EchoServer.start("loud", Behaviour.LOUD))
                .fork("breaks-mid-stream", context -> EchoServer.start("breaks-mid-stream", Behaviour.BREAKS_MID_STREAM));
        services.service("relay")
                .baseline(context -> RelayServer.start(context.endpoint("echo")));
    }
}
