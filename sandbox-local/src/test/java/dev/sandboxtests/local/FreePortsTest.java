package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The port a child process gets is free, and where the system tells, never one the kernel hands out itself. */
class FreePortsTest {

    @Test
    void aChildsPortLiesBelowTheKernelsEphemeralRangeSoThatNoServerOnPortZeroTakesItFirst() throws IOException {
        assumeTrue(FreePorts.ephemeralStart().isPresent(), "the system does not tell its ephemeral port range");
        int ephemeralStart = FreePorts.ephemeralStart().get();
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.next();
            assertThat(port).isLessThan(ephemeralStart).isGreaterThanOrEqualTo(1024);
            given.add(port);
            try (ServerSocket child = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(child.getLocalPort()).isEqualTo(port);
            }
        }
        assertThat(given).as("ports picked at random, not one after another").hasSizeGreaterThan(40);
    }

    @Test
    void aPortSomeoneListensOnIsNotFree() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.free(taken.getLocalPort())).isFalse();
        }
    }
}
