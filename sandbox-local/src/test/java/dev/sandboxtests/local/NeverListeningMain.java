package dev.sandboxtests.local;

/** A child process that starts, says so, and never listens on its port. */
public final class NeverListeningMain {

    private NeverListeningMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("never-listening main started, ignoring port " + System.getenv("PORT"));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
