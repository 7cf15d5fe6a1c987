package dev.sandboxtests.kafka.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** While the embedded broker formats its storage, Kafka's formatter's lines stay off the console; nothing else does. */
class QuietFormattingTest {

    @Test
    void theFormattersLinesAreDroppedAndEveryOtherLinePassesOn() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capturing = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capturing);
        try {
            QuietFormatting.run(() -> {
                System.out.printf("Formatting metadata directory /tmp/kafka-1/combined_0_0 with metadata.version 4.2-IV1.%n");
                System.out.println("a line another thread prints meanwhile");
                System.out.print("and one without its line break");
            });
            assertThat(System.out).as("the console is given back").isSameAs(capturing);
        } finally {
            System.setOut(console);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .doesNotContain("Formatting")
                .contains("a line another thread prints meanwhile" + System.lineSeparator())
                .endsWith("and one without its line break");
    }
}
