package dev.sandboxtests.diff.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The files {@link DiffReport#write} wrote for one diff.
 *
 * @param json the JSON report
 * @param html the HTML report
 * @param text the plain-text report
 */
public record ReportFiles(Path json, Path html, Path text) {

    public ReportFiles {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
