package dev.sandboxtests.samples;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.LoggerFactory;

/**
 * Starts SLF4J once, before the test classes run in parallel. Several libraries in the test JVM log through it
 * (the local provider's router, the embedded Kafka broker and its clients); when two threads are first at once,
 * SLF4J holds back what a thread logs while the other one starts it, then says on the console that it replays it.
 */
public final class LoggingBeforeTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        LoggerFactory.getILoggerFactory();
    }
}
