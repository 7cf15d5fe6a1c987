package dev.sandboxtests.junit.report;

/**
 * The keys of the JUnit report entries that {@code @SandboxTest} classes publish. IDEs show the
 * entries beside the test, Surefire writes them into its XML reports, and
 * {@link SandboxReportListener} collects them into the run's summary; other tools may read them too.
 *
 * <ul>
 *   <li>once per test class, when its sandbox is ready: {@value #SANDBOX} (its name),
 *       {@value #ROUTING_KEY}, {@value #PROVIDER} and, where the provider has them, {@value #LOGS};</li>
 *   <li>once per SmartTest: {@value #DIFF} (the behavioral diff as text), {@value #DIFF_JSON} and
 *       {@value #DIFF_HTML} (the paths of its report files).</li>
 * </ul>
 */
public final class ReportEntries {

    public static final String SANDBOX = "sandbox";
    public static final String ROUTING_KEY = "routingKey";
    public static final String PROVIDER = "provider";
    public static final String LOGS = "sandbox.logs";
    public static final String DIFF = "sandbox.diff";
    public static final String DIFF_JSON = "sandbox.diff.json";
    public static final String DIFF_HTML = "sandbox.diff.html";

    private ReportEntries() {
    }
}
