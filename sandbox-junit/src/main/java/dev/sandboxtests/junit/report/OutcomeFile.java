package dev.sandboxtests.junit.report;

import dev.sandboxtests.diff.summary.TestOutcome;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What only the test runner knows of the test that wrote a diff report (its id, whether it failed), kept
 * beside the report as {@code <report>.outcome.properties}, so that whichever JVM of the run writes
 * {@code summary.json} last finds the outcomes of every JVM's tests on disk. A properties file (the JDK's
 * own format) because it holds two strings and must not become a second JSON format beside the reports.
 */
final class OutcomeFile {

    static final String SUFFIX = ".outcome.properties";
    private static final String TEST_ID = "testId";
    private static final String FAILED = "failed";

    private OutcomeFile() {
    }

    /** The outcome file of a JSON diff report. */
    static Path of(Path jsonReport) {
        String name = jsonReport.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return jsonReport.resolveSibling(base + SUFFIX);
    }

    /** Writes {@code outcome} to {@code file}, to a temporary file first; the caller moves it into place. */
    static void write(Path file, TestOutcome outcome) throws IOException {
        Properties facts = new Properties();
        if (outcome.testId() != null) {
            facts.setProperty(TEST_ID, outcome.testId());
        }
        if (outcome.failed() != null) {
            facts.setProperty(FAILED, outcome.failed().toString());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            facts.store(out, "sandbox-tests: the outcome of the test that wrote the diff report beside this file");
        }
    }

    /** The recorded outcome; unknown when none was recorded (the test has not finished, or ran without the listener). */
    static TestOutcome read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return TestOutcome.UNKNOWN;
        }
        Properties facts = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            facts.load(in);
        }
        String failed = facts.getProperty(FAILED);
        return new TestOutcome(facts.getProperty(TEST_ID), failed == null ? null : Boolean.valueOf(failed));
    }
}
