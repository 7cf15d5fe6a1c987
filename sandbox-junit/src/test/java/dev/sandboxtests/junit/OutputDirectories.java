package dev.sandboxtests.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.OutputDirectoryProvider;

/**
 * Where an EngineTestKit run puts the files its tests attach (EngineTestKit refuses attachments unless
 * it is given one): a directory per test under {@code root}.
 */
record OutputDirectories(Path root) implements OutputDirectoryProvider {

    @Override
    public Path getRootDirectory() {
        return root;
    }

    @Override
    public Path createOutputDirectory(TestDescriptor test) throws IOException {
        return Files.createDirectories(root.resolve(Integer.toHexString(test.getUniqueId().hashCode())));
    }
}
