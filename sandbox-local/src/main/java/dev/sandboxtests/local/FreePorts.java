package dev.sandboxtests.local;

import dev.sandboxtests.provider.SandboxException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A port on 127.0.0.1 that nothing listens on right now, for a child process to bind. */
final class FreePorts {

    private FreePorts() {
    }

    static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new SandboxException("No free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }
}
