package dev.sandboxtests.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Compares generated manifests with the files in {@code src/test/resources/golden}. On a mismatch the failure names
 * the first line that differs and carries both texts, so IDEs show them side by side. After an intended change,
 * regenerate them and review the diff before committing:
 * <pre>
 * mvn -B -o -pl sandbox-kubernetes -am test -Dtest=GoldenManifestsTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 */
final class GoldenFiles {

    static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIRECTORY.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, actual);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionFailedError("There is no golden file " + file.toAbsolutePath() + "; run the test with"
                    + " -Dgolden.update=true to write it, and review it.", null, actual);
        }
        String expected = Files.readString(file);
        if (!expected.equals(actual)) {
            throw new AssertionFailedError("The manifests differ from " + file + " " + firstDifference(expected, actual)
                    + ". If the change is intended, regenerate with -Dgolden.update=true and review the diff.",
                    expected, actual);
        }
    }

    private static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String a = i < want.size() ? want.get(i) : "(end of file)";
            String b = i < got.size() ? got.get(i) : "(end of text)";
            if (!a.equals(b)) {
                return "at line " + (i + 1) + ":\n  expected: " + a + "\n  but was:  " + b;
            }
        }
        return "in line endings";
    }
}
