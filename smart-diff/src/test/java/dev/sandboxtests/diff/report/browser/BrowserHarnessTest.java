package dev.sandboxtests.diff.report.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: it sees a request to the network, sees nothing where nothing loads, and takes screenshots. */
@WithBrowser
class BrowserHarnessTest {

    /** A 1×1 transparent PNG. */
    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @TempDir
    Path directory;

    private Path page(String name, String html) throws IOException {
        return Files.writeString(directory.resolve(name), html, UTF_8);
    }

    @Test
    void reportsAnImageLoadedFromTheNetwork(Browser browser) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger served = new AtomicInteger();
        server.createContext("/pixel.png", exchange -> {
            served.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, PIXEL.length);
            exchange.getResponseBody().write(PIXEL);
            exchange.close();
        });
        server.start();
        try {
            String image = "http://127.0.0.1:" + server.getAddress().getPort() + "/pixel.png";
            Path file = page("remote-image.html", "<!DOCTYPE html><title>t</title><p>text</p><img src=\"" + image + "\">");

            BrowserPage page = browser.open(file);

            assertThat(page.requests()).containsExactly(file.toUri().toString(), image);
            assertThat(served).hasValue(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPageThatLoadsNothingReportsOnlyItself(Browser browser) throws IOException {
        Path file = page("self-contained.html", """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>
                <style>p { color: teal }</style></head><body><p id="hello">Hello</p><p hidden>gone</p></body></html>""");

        BrowserPage page = browser.open(file);

        assertThat(page.requests()).containsExactly(file.toUri().toString());
        assertThat(page.consoleErrors()).isEmpty();
        assertThat(page.findAll("p")).containsExactly("Hello");
        assertThat(page.isVisible("#hello")).isTrue();
        assertThat(page.isVisible("p[hidden]")).isFalse();
        assertThat(page.script("return document.title;")).isEqualTo("t");
        System.out.println("self-contained page: " + page.timings());
    }

    @Test
    void reportsAScriptThatTheContentSecurityPolicyBlocked(Browser browser) throws IOException {
        Path file = page("blocked-script.html", """
                <!DOCTYPE html><html><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'">
                <title>t</title></head><body><p>text</p><script>document.title = 'ran';</script></body></html>""");

        BrowserPage page = browser.open(file);

        assertThat(page.consoleErrors()).singleElement().asString().contains("Content Security Policy");
        assertThat(page.script("return document.title;")).isEqualTo("t");
    }

    @Test
    void reportsAnUncaughtError(Browser browser) throws IOException {
        Path file = page("throws.html", "<!DOCTYPE html><title>t</title><script>null.boom();</script>");

        assertThat(browser.open(file).consoleErrors()).singleElement().asString().contains("boom");
    }

    @Test
    void recordsTheFilePagesTheTestNavigatesTo(Browser browser) throws IOException {
        Path second = page("second.html", "<!DOCTYPE html><title>second</title><p>second</p>");
        Path first = page("first.html", "<!DOCTYPE html><title>first</title><a id=\"next\" href=\"second.html\">next</a>");

        BrowserPage page = browser.open(first);
        page.script("document.getElementById('next').click();");

        assertThat(page.requests()).containsExactly(first.toUri().toString(), second.toUri().toString());
    }

    @Test
    void takesAScreenshotOfTheWholeWindow(Browser browser) throws IOException {
        Path file = page("screenshot.html", "<!DOCTYPE html><title>t</title><body style=\"background: teal\">");

        Path png = browser.open(file).screenshot("browser-harness");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG that ImageIO reads").isNotNull();
        assertThat(image.getWidth()).isEqualTo(Browser.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Browser.HEIGHT);
        assertThat(png).isEqualTo(BrowserPage.SCREENSHOTS.resolve("browser-harness.png"));
    }
}
