package dev.sandboxtests.diff.report.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A page opened by {@link Browser#open(Path)}: what it requested, what it logged as an error, what is
 * visible on it, and how long it took. Valid until the browser opens the next page.
 *
 * <pre>{@code
 * BrowserPage page = browser.open(report);
 * assertThat(page.requests()).containsExactly(report.toUri().toString());
 * assertThat(page.findAll(".diff .fork")).contains("\"total\": 2700");
 * page.screenshot("quote-report");
 * System.out.println("quote report: " + page.timings());
 * }</pre>
 */
public final class BrowserPage {

    /** Screenshots land here, under the module's build directory. */
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    /**
     * BiDi events reach Selenium on threads of their own, in no guaranteed order with the replies to
     * commands, so "everything the page requested" is what was recorded once nothing new came for
     * this long (and once every resource the page's Resource Timing lists was recorded).
     */
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final PageRecording recording;

    BrowserPage(ChromeDriver driver, PageRecording recording) {
        this.driver = driver;
        this.recording = recording;
    }

    /**
     * The URLs the page requested since it was opened, in order, itself first: every navigation,
     * script, style sheet, image, font, fetch or beacon that reached the network layer. A request the
     * page's Content Security Policy blocked never gets there, so it is not listed (see
     * {@link #consoleErrors()}).
     */
    public List<String> requests() {
        settle();
        return recording.requests();
    }

    /** Console errors, uncaught exceptions and Content Security Policy violations of the page, in order. */
    public List<String> consoleErrors() {
        settle();
        return recording.consoleErrors();
    }

    /** The texts of the elements matching the CSS selector that are displayed, in document order. */
    public List<String> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    /**
     * Clicks the first displayed element matching the CSS selector, as a person would (an option of a
     * {@code <select>} is chosen by clicking it).
     */
    public void click(String cssSelector) {
        driver.findElements(By.cssSelector(cssSelector)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nothing displayed matches " + cssSelector))
                .click();
    }

    /** The address of the page shown now (another one after a click on a link). */
    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** True when at least one element matching the CSS selector is displayed. */
    public boolean isVisible(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Runs JavaScript in the page and returns what its {@code return} statement returns (numbers as
     * Long or Double, arrays as List, objects as Map, elements as WebElement). Runs outside the page's
     * Content Security Policy, as WebDriver scripts do.
     */
    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** Saves a PNG of the whole window ({@link Browser#WIDTH}×{@link Browser#HEIGHT}) as {@code target/browser-screenshots/<name>.png}. */
    public Path screenshot(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Screenshot name '" + name + "' must be letters, digits, '.', '_' or '-'");
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the screenshot " + name, e);
        }
    }

    /** The page's load timings from the Navigation and Paint Timing APIs; to print, not to assert on. */
    public PageTimings timings() {
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) driver.executeScript("""
                const navigation = performance.getEntriesByType('navigation')[0];
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                return {load: navigation ? navigation.loadEventEnd : -1, paint: paint ? paint.startTime : null};""");
        Object paint = figures.get("paint");
        return new PageTimings(((Number) figures.get("load")).doubleValue(),
                paint == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) paint).doubleValue()));
    }

    private void settle() {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (recording.nanosSinceLastEvent() >= QUIET.toNanos()
                    && new HashSet<>(recording.requests()).containsAll(resourcesThePageKnows())) {
                return;
            }
            sleep(Duration.ofMillis(50));
        }
        throw new IllegalStateException("The browser's request events did not settle within " + SETTLE_LIMIT
                + ": recorded " + recording.requests() + ", the page's Resource Timing lists " + resourcesThePageKnows());
    }

    @SuppressWarnings("unchecked")
    private Set<String> resourcesThePageKnows() {
        return new HashSet<>((List<String>) driver.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".map(entry => entry.name);"));
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the browser's events", e);
        }
    }
}
