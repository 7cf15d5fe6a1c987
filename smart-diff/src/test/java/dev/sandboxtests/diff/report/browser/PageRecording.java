package dev.sandboxtests.diff.report.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one opened page did, as WebDriver BiDi reported it: the URLs it requested and its console
 * errors. Filled on Selenium's event threads, read by the test, hence the concurrent lists.
 */
final class PageRecording {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private volatile long lastEventNanos = System.nanoTime();

    void request(String url) {
        requests.add(url);
        lastEventNanos = System.nanoTime();
    }

    void consoleError(String text) {
        consoleErrors.add(text);
        lastEventNanos = System.nanoTime();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    long nanosSinceLastEvent() {
        return System.nanoTime() - lastEventNanos;
    }
}
