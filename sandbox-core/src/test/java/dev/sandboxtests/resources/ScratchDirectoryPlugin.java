package dev.sandboxtests.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real resource for providers' tests: a directory, created under the {@code parent} parameter and
 * named after the sandbox's routing key, deleted on close. It is in core's test jar; a module lists it in
 * its own test {@code META-INF/services}. With {@code fail=true} it fails, after making
 * sure a resource listed before it exists, to show that the earlier one is deleted.
 */
public final class ScratchDirectoryPlugin implements ResourcePlugin {

    @Override
    public String name() {
        return "scratch-directory";
    }

    @Override
    public SandboxResource create(ResourceRequest request) throws IOException {
        if (request.spec().param("fail").map(Boolean::parseBoolean).orElse(false)) {
            throw new IOException("the disk is full (as this test's spec asks)");
        }
        Path parent = Path.of(request.spec().param("parent").orElseThrow(
                () -> new IllegalArgumentException("say where to create it with parent=<directory>")));
        Path directory = Files.createDirectory(parent.resolve(request.spec().name() + "-" + request.routingKey()));
        return new SandboxResource() {
            @Override
            public Map<String, String> outputs() {
                return Map.of("path", directory.toString());
            }

            @Override
            public void close() throws IOException {
                Files.deleteIfExists(directory);
            }
        };
    }
}
