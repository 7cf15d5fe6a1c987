package dev.sandboxtests.kafka.junit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Kafka's storage formatter prints {@code Formatting metadata directory ...} on {@code System.out}, which in a
 * test run lands on the console of every build. While the embedded broker formats its directories, this drops
 * the formatter's lines and passes everything else that threads print meanwhile on, line by line.
 */
final class QuietFormatting {

    private QuietFormatting() {
    }

    /** What {@link #run} runs. */
    @FunctionalInterface
    interface Formatting {
        void run() throws Exception;
    }

    /** Runs {@code formatting} with the formatter's lines kept off {@code System.out}. */
    static synchronized void run(Formatting formatting) throws Exception {
        PrintStream console = System.out;
        try (PrintStream filtered = new PrintStream(new Lines(console), true)) {
            System.setOut(filtered);
            try {
                formatting.run();
            } finally {
                System.setOut(console);
            }
        }
    }

    /** Collects a line, then writes it to the console unless it is the formatter's. */
    private static final class Lines extends OutputStream {

        private static final byte[] FORMATTER = "Formatting ".getBytes(StandardCharsets.US_ASCII);

        private final PrintStream console;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(PrintStream console) {
            this.console = console;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                pass();
            }
        }

        @Override
        public synchronized void close() {
            pass();
        }

        private void pass() {
            byte[] bytes = line.toByteArray();
            if (bytes.length < FORMATTER.length || !Arrays.equals(bytes, 0, FORMATTER.length, FORMATTER, 0, FORMATTER.length)) {
                console.write(bytes, 0, bytes.length);
                console.flush();
            }
            line.reset();
        }
    }
}
