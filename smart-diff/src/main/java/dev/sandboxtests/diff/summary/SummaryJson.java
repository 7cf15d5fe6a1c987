package dev.sandboxtests.diff.summary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes a {@link RunSummary} as {@code summary.json} and reads it back, strictly: a reader gets either
 * a summary of the version it knows or a message saying what is wrong with the file.
 *
 * <pre>{@code
 * SummaryJson.write(RunSummary.of(entries), directory.resolve("summary.json"));
 * RunSummary summary = SummaryJson.read(directory.resolve("summary.json"));
 * }</pre>
 *
 * <p>Jackson maps the records (it is already smart-diff's JSON library); its stream read constraints
 * bound the nesting depth, so a hostile or broken file (say 100,000 nested arrays) is refused with a
 * message instead of overflowing the stack.
 */
public final class SummaryJson {

    /** The summary is four levels deep; a diff report keeps its values within 100 levels. */
    private static final int MAX_SUMMARY_DEPTH = 64;
    private static final int MAX_REPORT_DEPTH = 1_000;

    private static final ObjectMapper SUMMARY = mapper(MAX_SUMMARY_DEPTH);
    private static final ObjectMapper REPORT = mapper(MAX_REPORT_DEPTH);

    private SummaryJson() {
    }

    private static ObjectMapper mapper(int maxDepth) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
                .build();
        return JsonMapper.builder(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** @return the summary as JSON text, two-space indented, fields in the schema's order */
    public static String json(RunSummary summary) {
        try {
            return SUMMARY.writeValueAsString(summary).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the run summary as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * @param summary the summary
     * @param file    where to write it, usually {@code summary.json} beside {@code index.html}
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(RunSummary summary, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json(summary), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the run summary " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". Check that the directory is writable.", e);
        }
    }

    /**
     * @param file a {@code summary.json}
     * @return the summary
     * @throws IllegalArgumentException when the file is not JSON, not a run summary, or of another schema version
     * @throws UncheckedIOException     when it cannot be read (missing, a directory, no permission)
     */
    public static RunSummary read(Path file) {
        JsonNode tree = readTree(file, "run summary", SUMMARY);
        JsonNode version = tree.path("schemaVersion");
        if (!tree.isObject() || !version.isInt()) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " is not a run summary: it has no"
                    + " schemaVersion. Point at the summary.json that a run of SmartTests writes beside index.html.");
        }
        if (version.asInt() != RunSummary.SCHEMA_VERSION) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " is a run summary of schema version "
                    + version.asInt() + ", but this library reads version " + RunSummary.SCHEMA_VERSION
                    + ". Use the sandbox-tests version that wrote it, or run the tests again with this one.");
        }
        try {
            return SUMMARY.treeToValue(tree, RunSummary.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " does not conform to the run summary schema"
                    + " version " + RunSummary.SCHEMA_VERSION + ": " + e.getMessage().lines().findFirst().orElse("")
                    + ". Was it edited by hand? Run the tests again to write it anew.", e);
        }
    }

    /** Reads a behavioral diff report as a JSON tree. */
    static JsonNode readDiffReport(Path file) {
        return readTree(file, "behavioral diff report", REPORT);
    }

    private static JsonNode readTree(Path file, String what, ObjectMapper mapper) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = mapper.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new IllegalArgumentException(file.toAbsolutePath() + " is empty, not a " + what + ".");
            }
            return tree;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("There is no " + what + " at " + file.toAbsolutePath()
                    + ". Check the path; a run of SmartTests writes summary.json beside index.html in its reports"
                    + " directory (sandbox.reports.directory).", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " is not a " + what + ": it is not valid JSON"
                    + " (" + e.getOriginalMessage() + ").", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the " + what + " " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }
}
