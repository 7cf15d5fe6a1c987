package dev.sandboxtests.junit.report;

/**
 * The keys of the JUnit report entries that {@code @SandboxTest} classes publish. IDEs show the
 * entries beside the test, Surefire writes them into its XML reports, and
 * {@link SandboxReportListener} collects them into the run's summary; other tools may read them too.
 *
 * <ul>
 *   <li>once per test class, when its sandbox is ready: {@value #SANDBOX} (its name),
 *       {@value #ROUTING_KEY}, {@value #PROVIDER} and, where the provider has them, {@value #LOGS};</li>
 *   <li>once per SmartTest, in one entry: {@value #SUMMARY} (its verdict in one line), {@value #DIFF}
 *       (the behavioral diff as text), {@value #DIFF_JSON} and {@value #DIFF_HTML} (the paths of its
 *       report files).</li>
 * </ul>
 *
 * <p>The summary line names the service, the request, the number of differences of each relevance,
 * whether any is relevant (HIGH or MEDIUM) and the caveats, if there are any:
 * <pre>
 * pricing GET /quote?sku=A: 1 HIGH, 0 MEDIUM, 2 LOW; relevant: yes
 * reviews GET /reviews/7: 0 HIGH, 0 MEDIUM, 0 LOW; relevant: no; caveats: the fork of 'reviews' received none …
 * </pre>
 *
 * <p>Where the running JUnit has {@code ExtensionContext.publishFile} (5.12 and later), each SmartTest
 * also attaches its three report files to the test, under their own file names ({@code *.html},
 * {@code *.json}, {@code *.txt}); they then appear in JUnit's output directory and in the Open Test
 * Reporting XML.
 */
public final class ReportEntries {

    public static final String SANDBOX = "sandbox";
    public static final String ROUTING_KEY = "routingKey";
    public static final String PROVIDER = "provider";
    public static final String LOGS = "sandbox.logs";
    /** The one-line verdict of a SmartTest, see the class description. */
    public static final String SUMMARY = "sandbox.diff.summary";
    public static final String DIFF = "sandbox.diff";
    public static final String DIFF_JSON = "sandbox.diff.json";
    public static final String DIFF_HTML = "sandbox.diff.html";

    private ReportEntries() {
    }
}
