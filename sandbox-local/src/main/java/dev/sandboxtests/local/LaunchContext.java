package dev.sandboxtests.local;

import dev.sandboxtests.reaper.Reaper;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** What a {@link ServiceLauncher} knows about the instance it starts. */
public interface LaunchContext {

    /** The logical service, e.g. {@code pricing}. */
    String service();

    /** {@code baseline}, or {@code fork-<variant>-<routing key>} for a fork; used in log file names. */
    String role();

    /** A free port on 127.0.0.1 reserved for this instance; child processes should listen on it. */
    int port();

    /** The routed entry point of another service: calls to it must go there so that they are routed. */
    URI endpoint(String service);

    /** The environment customizations of the sandbox's fork (empty for a baseline). */
    Map<String, String> env();

    /** A directory for this instance's log files. */
    Path logDirectory();

    /**
     * This test JVM's reaper: register what the instance creates that must not outlive a killed JVM
     * (a container, a temporary database), and close the registration once it is removed normally.
     * {@link ChildProcess} registers its process by itself.
     */
    Reaper reaper();
}
