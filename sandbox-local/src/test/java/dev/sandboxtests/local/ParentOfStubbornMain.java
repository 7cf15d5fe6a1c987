package dev.sandboxtests.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A child process that starts a grandchild ({@link StubbornMain}), prints its pid, then listens on
 * {@code PORT} (so that it is ready) and waits to be stopped. It exits on SIGTERM; the grandchild
 * does not.
 */
public final class ParentOfStubbornMain {

    private ParentOfStubbornMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process grandchild = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StubbornMain.class.getName())
                .inheritIO()
                .start();
        System.out.println("grandchild pid=" + grandchild.pid());
        System.out.flush();
        ServerSocket listening = new ServerSocket(Integer.parseInt(System.getenv("PORT")), 50,
                InetAddress.getLoopbackAddress());
        System.out.println("listening on " + listening.getLocalPort());
        Thread.sleep(Long.MAX_VALUE);
    }
}
