package dev.sandboxtests.diff.report.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.log.LogLevel;
import org.openqa.selenium.bidi.module.LogInspector;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.module.Script;
import org.openqa.selenium.bidi.script.ChannelValue;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium window, its page 1400×1000 CSS pixels, in which tests open the HTML files smart-diff
 * writes, and which records every request a page makes and every console error, so that a test can
 * assert that a report loads nothing from the network and runs without errors.
 *
 * <p>Driven by Selenium: it is maintained, speaks WebDriver BiDi (used here to record requests and
 * console entries without depending on Chromium's DevTools protocol version), and downloads nothing
 * when it is given the driver and the browser executables, as here (its Selenium Manager never runs).
 * Each browser has a fresh profile directory of its own, deleted on {@link #close()}, and starts with
 * the flags that keep Chromium off the network by itself (no background networking, component
 * updates, sync or QUIC).
 *
 * <p>Start-up takes about a second, so a test class shares one browser: annotate it with
 * {@link WithBrowser} and take a {@code Browser} parameter.
 *
 * <pre>{@code
 * @WithBrowser
 * class HtmlReportInBrowserTest {
 *     @Test
 *     void loadsNothing(Browser browser, @TempDir Path directory) throws IOException {
 *         Path report = Files.writeString(directory.resolve("report.html"), DiffReport.html(diff, context));
 *
 *         BrowserPage page = browser.open(report);
 *
 *         assertThat(page.requests()).containsExactly(report.toUri().toString());
 *         assertThat(page.consoleErrors()).isEmpty();
 *     }
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    /** The width of the page's viewport in CSS pixels, and of screenshots in pixels (the device scale factor is 1). */
    public static final int WIDTH = 1400;
    /** The height of the page's viewport in CSS pixels, and of screenshots in pixels. */
    public static final int HEIGHT = 1000;

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--disable-quic", "--force-device-scale-factor=1", "--window-size=" + WIDTH + "," + HEIGHT);

    private static final String CSP_CHANNEL = "content-security-policy-violations";
    private static final String CSP_LISTENER = """
            (report) => document.addEventListener('securitypolicyviolation', (event) => report(
                    'Content Security Policy violation: ' + event.effectiveDirective + ' blocked '
                    + (event.blockedURI || 'something') + ' at ' + event.sourceFile + ':' + event.lineNumber))""";

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Network network;
    private final LogInspector log;
    private final Script script;
    private final AtomicReference<PageRecording> recording = new AtomicReference<>(new PageRecording());

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
        this.network = new Network(driver);
        this.log = new LogInspector(driver);
        this.script = new Script(driver);
        network.onBeforeRequestSent(event -> recording.get().request(event.getRequest().getUrl()));
        log.onConsoleEntry(entry -> {
            if (entry.getLevel() == LogLevel.ERROR) {
                recording.get().consoleError("console." + entry.getMethod() + ": " + entry.getText());
            }
        });
        log.onJavaScriptException(entry -> recording.get().consoleError("uncaught: " + entry.getText()));
        // Chromium does not pass Content Security Policy violations on as BiDi log entries: a listener of ours,
        // added before each page's scripts run, sends them over a BiDi channel. It lives in the page's own realm:
        // one in a sandbox realm heard nothing with Chromium 156.
        script.onMessage(message -> {
            if (message.getChannel().equals(CSP_CHANNEL)) {
                recording.get().consoleError(message.getData().getValue().map(String::valueOf).orElse("?"));
            }
        });
        script.addPreloadScript(CSP_LISTENER, List.of(new ChannelValue(CSP_CHANNEL)));
        // The page gets exactly WIDTH×HEIGHT, whatever the window around it takes.
        new BrowsingContext(driver, driver.getWindowHandle()).setViewport(WIDTH, HEIGHT);
    }

    /** Starts Chromium through ChromeDriver; whatever was started is stopped again if a later step fails. */
    static Browser launch(BrowserBinaries binaries) {
        Path profile;
        try {
            profile = Files.createTempDirectory("sandbox-tests-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a profile directory for Chromium", e);
        }
        ChromeDriverService service = null;
        ChromeDriver driver = null;
        try {
            service = new ChromeDriverService.Builder().usingDriverExecutable(binaries.chromedriver().toFile())
                    .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream())
                    // Chromium inherits the driver's environment: its crash database (~/.config/chromium) and
                    // GTK's dconf cache (~/.cache/dconf) go into the profile too, not into the user's home.
                    .withEnvironment(Map.of("XDG_CONFIG_HOME", profile.resolve("config").toString(),
                            "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                    .build();
            ChromeOptions options = new ChromeOptions().setBinary(binaries.chromium().toFile())
                    .addArguments(FLAGS).addArguments("--user-data-dir=" + profile).enableBiDi();
            options.setPageLoadTimeout(Duration.ofSeconds(30));
            driver = new ChromeDriver(service, options);
            return new Browser(profile, service, driver);
        } catch (RuntimeException | Error e) {
            Closing.all(e, driver == null ? null : driver::quit, service == null ? null : service::stop,
                    () -> deleteTree(profile));
            throw e;
        }
    }

    /**
     * Opens an HTML file in the window, waits for its load event and returns it. Requests and console
     * errors are recorded from here on for this page; opening the next page starts a new record.
     */
    public BrowserPage open(Path htmlFile) {
        Path file = htmlFile.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Cannot open " + file + " in the browser: it is not a file");
        }
        PageRecording pageRecording = new PageRecording();
        recording.set(pageRecording);
        driver.get(file.toUri().toString());
        return new BrowserPage(driver, pageRecording);
    }

    /** Ends the BiDi subscriptions, quits Chromium, stops ChromeDriver and deletes the profile, even when a step fails. */
    @Override
    public void close() {
        Closing.all(null, network::close, log::close, script::close, driver::quit, service::stop, () -> deleteTree(profile));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
