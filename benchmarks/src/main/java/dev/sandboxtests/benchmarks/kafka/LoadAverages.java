package dev.sandboxtests.benchmarks.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's 1-, 5- and 15-minute load averages, printed beside figures (Linux; elsewhere "unknown"). */
public final class LoadAverages {

    private LoadAverages() {
    }

    public static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
