package dev.sandboxtests.local;

import dev.sandboxtests.provider.SandboxException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port on 127.0.0.1 that nothing listens on right now, for a child process to bind a moment later.
 *
 * <p>Between the check and the child's bind, the port must not go to anyone else. A port the kernel
 * chose ({@code bind(0)}) lies in its ephemeral range, the range it also hands to every other server
 * started on port 0 and to the local end of every outgoing connection, so on a busy test JVM another
 * server could take it first and answer the readiness probe in the child's place. On Linux the port is
 * therefore picked at random below the ephemeral range ({@code /proc/sys/net/ipv4/ip_local_port_range}),
 * where the kernel never assigns one; elsewhere the kernel chooses.
 */
final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** The lowest port picked: above the registered ports that common services use. */
    private static final int LOWEST = 20_000;
    private static final int ATTEMPTS = 100;

    private FreePorts() {
    }

    static int next() {
        Optional<Integer> ephemeralStart = ephemeralStart().filter(start -> start - LOWEST >= 1_000);
        if (ephemeralStart.isPresent()) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int candidate = ThreadLocalRandom.current().nextInt(LOWEST, ephemeralStart.get());
                if (free(candidate)) {
                    return candidate;
                }
            }
        }
        return kernelChosen();
    }

    /** Whether nothing listens on {@code port} of 127.0.0.1 now. */
    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static int kernelChosen() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new SandboxException("No free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** Where the kernel's ephemeral ports begin, where the system tells. */
    static Optional<Integer> ephemeralStart() {
        try {
            // Read as lines: a /proc file reports size 0, which whole-file reads trust.
            String[] bounds = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
            return Optional.of(Integer.parseInt(bounds[0]));
        } catch (IOException | RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
