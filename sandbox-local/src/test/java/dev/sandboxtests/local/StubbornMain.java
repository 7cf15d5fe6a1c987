package dev.sandboxtests.local;

/**
 * A process that a polite stop (SIGTERM) does not end: its shutdown hook never returns, so only a
 * forcible kill stops it. Stands for a service that hangs while shutting down.
 */
public final class StubbornMain {

    private StubbornMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // keep hanging: that is the point
                }
            }
        }));
        System.out.println("stubborn started");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
