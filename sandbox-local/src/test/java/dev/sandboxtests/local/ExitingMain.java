package dev.sandboxtests.local;

/** A child process that prints 25 numbered lines and exits with the code given as first argument. */
public final class ExitingMain {

    private ExitingMain() {
    }

    public static void main(String[] args) {
        for (int line = 1; line <= 25; line++) {
            System.out.printf("output line %02d%n", line);
        }
        System.out.flush();
        System.exit(Integer.parseInt(args[0]));
    }
}
