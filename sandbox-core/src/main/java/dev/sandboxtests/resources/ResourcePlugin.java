package dev.sandboxtests.resources;

/**
 * Creates one kind of {@link dev.sandboxtests.spec.ResourceSpec resource} for sandboxes, like Signadot's resource plugins.
 * Providers find plugins with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.sandboxtests.resources.ResourcePlugin} (or {@code provides} in a module
 * descriptor) and give it a public no-argument constructor. A plugin runs where the test runs and
 * needs only a connection to what it manages (a database server, say), so every provider can use it.
 *
 * <pre>{@code
 * public final class TemporaryBucketPlugin implements ResourcePlugin {
 *     public String name() {
 *         return "temporary-bucket";
 *     }
 *
 *     public SandboxResource create(ResourceRequest request) {
 *         String bucket = "sbx-" + request.routingKey();
 *         storage.createBucket(bucket);
 *         request.registerLeftover(Leftover.of("bucket", Map.of("name", bucket)));  // for a killed JVM
 *         return new SandboxResource() {
 *             public Map<String, String> outputs() {
 *                 return Map.of("bucket", bucket);
 *             }
 *
 *             public void close() {
 *                 storage.deleteBucketIfExists(bucket);
 *             }
 *         };
 *     }
 * }
 * }</pre>
 */
public interface ResourcePlugin {

    /** The name specs use in {@code plugin:}; lowercase letters, digits and '-'. */
    String name();

    /**
     * Creates the resource, before any fork of the sandbox starts. A plugin that leaves something
     * behind should {@linkplain ResourceRequest#registerLeftover register} it, so that the reaper
     * removes it if the test JVM is killed before the sandbox closes.
     *
     * @throws Exception if it could not be created; the message should say what to check. Whatever
     *                   the plugin had created by then it must delete before throwing.
     */
    SandboxResource create(ResourceRequest request) throws Exception;
}
