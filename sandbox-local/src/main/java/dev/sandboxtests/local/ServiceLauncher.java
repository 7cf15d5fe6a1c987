package dev.sandboxtests.local;

/**
 * Starts one instance of a service (a baseline or a fork) and says where it listens.
 *
 * <pre>{@code
 * ServiceLauncher inJvm = context -> {
 *     HttpServer server = PricingServer.start(0);
 *     return RunningService.inJvm(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
 *             () -> server.stop(0));
 * };
 * ServiceLauncher child = ChildProcess.javaMain(PricingMain.class).arg("--port=${port}");
 * }</pre>
 */
@FunctionalInterface
public interface ServiceLauncher {

    /**
     * Starts the instance; it need not be ready yet when this returns (readiness is probed).
     *
     * @throws Exception if it cannot be started; the message is shown to the user
     */
    RunningService start(LaunchContext context) throws Exception;
}
