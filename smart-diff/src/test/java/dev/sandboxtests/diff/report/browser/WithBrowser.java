package dev.sandboxtests.diff.report.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class one headless Chromium, started before its first test and closed after its
 * last (whatever failed), to each test or {@code @BeforeEach} method that takes a {@link Browser}
 * parameter. (Not to {@code @BeforeAll} methods or constructors: there a missing browser could only
 * fail the class, not skip it.)
 *
 * <p>Where no Chromium or ChromeDriver is found, each test is skipped with a message saying where
 * the harness looked and what to install; in CI (environment variable {@code CI} set to anything
 * but {@code false}) it fails instead. Settings, each a JUnit configuration parameter, system
 * property or environment variable:
 * <ul>
 *   <li>{@code sandbox.tests.chromium} / {@code SANDBOX_TESTS_CHROMIUM}: the browser; by default
 *       /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome</li>
 *   <li>{@code sandbox.tests.chromedriver} / {@code SANDBOX_TESTS_CHROMEDRIVER}: the driver; by
 *       default /usr/bin/chromedriver, else chromedriver on PATH</li>
 * </ul>
 *
 * <pre>{@code
 * @WithBrowser
 * class SuiteIndexInBrowserTest {
 *     @Test
 *     void showsEveryTest(Browser browser) {
 *         BrowserPage page = browser.open(indexFile);
 *         assertThat(page.findAll("tr.test")).hasSize(3);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BrowserExtension.class)
public @interface WithBrowser {
}
