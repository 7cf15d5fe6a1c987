package dev.sandboxtests.junit;

import dev.sandboxtests.diff.report.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.MediaType;
import org.junit.platform.commons.JUnitException;

/**
 * Attaches a SmartTest's report files (HTML, JSON, text) to its test with
 * {@link ExtensionContext#publishFile}, so that they land where the run's reporting puts attachments
 * (JUnit's output directory, listed in the Open Test Reporting XML; IDEs show them beside the test).
 *
 * <p>Attachments are a convenience on top of the report entries and the files in the reports directory,
 * so a run that cannot take them does not fail a test: the first refusal is logged once per run, with its
 * reason, and attachments stop while everything else goes on. Two refusals are expected:
 * <ul>
 *   <li>a JUnit Platform older than 5.12 has no {@code publishFile}: a {@link LinkageError}
 *       ({@code NoSuchMethodError}, or {@code NoClassDefFoundError} for {@code MediaType});</li>
 *   <li>a run without an output directory — JUnit's {@code EngineTestKit} unless it was given an
 *       {@code outputDirectoryProvider} — or one that cannot create it: a {@link JUnitException}.</li>
 * </ul>
 * The "stopped" mark lives in the run's root {@code Store}, not in a static field, so every launcher
 * session decides for itself. A failure of the copy itself (an {@code IOException}) fails the test.
 */
final class ReportAttachments {

    private static final System.Logger LOGGER = System.getLogger(ReportAttachments.class.getName());

    private final ExtensionContext context;
    private final AtomicBoolean unsupported;

    /**
     * @param context     the test's context, whose {@code publishFile} attaches
     * @param unsupported shared by the run: set once {@code publishFile} proved missing
     */
    ReportAttachments(ExtensionContext context, AtomicBoolean unsupported) {
        this.context = context;
        this.unsupported = unsupported;
    }

    /** Attaches the three report files under their own file names. */
    void attach(ReportFiles files) {
        if (unsupported.get()) {
            return;
        }
        try {
            Published.attach(context, files);
        } catch (LinkageError missing) {
            stop("ExtensionContext.publishFile needs JUnit 5.12 or later: " + missing,
                    "Upgrade JUnit to 5.12 or later to get them attached.");
        } catch (JUnitException refused) {
            stop("JUnit refused to publish a file: " + refused.getMessage(), "Set junit.platform.reporting.output.dir (or, with EngineTestKit, an"
                    + " outputDirectoryProvider) to get them attached.");
        }
    }

    private void stop(String reason, String fix) {
        if (unsupported.compareAndSet(false, true)) {
            LOGGER.log(System.Logger.Level.WARNING, "This run cannot attach files to tests (" + reason
                    + "); SmartTest report files stay in the reports directory, named in each test's report"
                    + " entries. " + fix);
        }
    }

    /** The only code that names JUnit 5.12's types, so that an older JUnit fails here, where it is caught. */
    private static final class Published {

        static void attach(ExtensionContext context, ReportFiles files) {
            copy(context, files.html(), MediaType.create("text", "html", java.nio.charset.StandardCharsets.UTF_8));
            copy(context, files.json(), MediaType.APPLICATION_JSON_UTF_8);
            copy(context, files.text(), MediaType.TEXT_PLAIN_UTF_8);
        }

        private static void copy(ExtensionContext context, Path file, MediaType type) {
            context.publishFile(file.getFileName().toString(), type, target -> Files.copy(file, target));
        }
    }
}
