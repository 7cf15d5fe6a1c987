package dev.sandboxtests.spec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rejected spec says where (source and line) and what is wrong. */
class SandboxSpecReaderErrorsTest {

    @Test
    void anUnknownFieldIsNamedWithItsLine() {
        String yaml = """
                name: pricing-discount
                spec:
                  forks:
                    - forkOf: {name: pricing}
                  lables: {team: checkout}
                """;

        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "sandboxes/pricing.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec sandboxes/pricing.yaml:5:3 at 'spec.lables': ")
                .hasMessageContaining("unknown field 'lables'")
                .hasMessageContaining("labels");
    }

    @Test
    void anUnknownFieldDeepInsideIsNamedWithItsPath() {
        String yaml = """
                name: pricing-discount
                spec:
                  forks:
                    - forkOf: {name: pricing}
                      customizations:
                        env:
                          - {name: A, valu: "1"}
                """;

        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "pricing.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec pricing.yaml:7:")
                .hasMessageContaining("spec.forks[0].customizations.env[0]")
                .hasMessageContaining("unknown field 'valu'");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsLine() {
        String yaml = """
                name: pricing-discount
                spec:
                  labels: [team, checkout]
                  forks:
                    - forkOf: {name: pricing}
                """;

        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "pricing.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec pricing.yaml:3:")
                .hasMessageContaining("spec.labels");
    }

    @Test
    void anInvalidForkNameIsNamedWithItsLine() {
        String yaml = """
                name: pricing-discount
                spec:
                  forks:
                    - forkOf: {name: pricing}
                    - forkOf: {name: Orders_Service}
                """;

        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "pricing.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec pricing.yaml:5:7 at 'spec.forks[1].forkOf': ")
                .hasMessageContaining("forkOf.name 'Orders_Service' is not a valid name");
    }

    @Test
    void aBadTtlIsNamedWithItsLine() {
        String yaml = """
                name: pricing-discount
                spec:
                  ttl:
                    duration: two hours
                  forks:
                    - forkOf: {name: pricing}
                """;

        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "pricing.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec pricing.yaml:3:3 at 'spec.ttl': ")
                .hasMessageContaining("'two hours' is not a duration");
    }

    @Test
    void aTtlWithoutDurationIsRejected() {
        String yaml = """
                name: pricing-discount
                spec:
                  ttl: {offsetFrom: createdAt}
                  forks: [{forkOf: {name: pricing}}]
                """;

        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "pricing.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec pricing.yaml:3:")
                .hasMessageContaining("ttl needs a duration");
    }

    @Test
    void anInvalidSandboxNameIsRejected() {
        assertThatThrownBy(() -> SandboxSpecReader.read("name: Pricing\nspec: {forks: [{forkOf: {name: pricing}}]}\n", "p.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessage("Invalid sandbox spec p.yaml: name 'Pricing' is not a valid name: use at most 63 lowercase"
                        + " letters, digits and '-', starting and ending with a letter or digit.");
    }

    @Test
    void aServiceForkedTwiceIsRejected() {
        String yaml = """
                name: twice
                spec:
                  forks: [{forkOf: {name: pricing}}, {forkOf: {name: pricing, namespace: other}}]
                """;

        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "twice.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageContaining("twice.yaml")
                .hasMessageContaining("service 'pricing' is forked twice");
    }

    @Test
    void aSpecWithoutForksOrResourcesIsRejected() {
        assertThatThrownBy(() -> SandboxSpecReader.read("name: nothing\n", "nothing.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageContaining("nothing.yaml")
                .hasMessageContaining("no 'spec:' section");
        assertThatThrownBy(() -> SandboxSpecReader.read("name: nothing\nspec: {labels: {a: b}}\n", "nothing.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageContaining("spec.forks and spec.resources are empty");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        String yaml = """
                name: pricing-discount
                spec:
                  forks:
                    - forkOf: {name: pricing
                """;

        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "broken.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec broken.yaml:4:")
                .hasMessageContaining("expected ',' or '}'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "# only a comment\n", "---\n", "~\n"})
    void anEmptyDocumentIsRejected(String yaml) {
        assertThatThrownBy(() -> SandboxSpecReader.read(yaml, "empty.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessage("Sandbox spec empty.yaml is empty; it needs a name and spec.forks.");
    }

    @Test
    void errorsInAFileNameTheFile(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("pricing.yaml"), "name: pricing\nspec:\n  forkz: []\n");

        assertThatThrownBy(() -> SandboxSpecReader.read(file))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec " + file + ":3:")
                .hasMessageContaining("unknown field 'forkz'");
    }

    @Test
    void errorsInAResourceNameTheResource() {
        assertThatThrownBy(() -> SandboxSpecReader.readResource(getClass().getClassLoader(), "sandboxes/invalid-ttl.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Invalid sandbox spec classpath:sandboxes/invalid-ttl.yaml:3:")
                .hasMessageContaining("'tomorrow' is not a duration");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path directory) {
        Path missing = directory.resolve("nope.yaml");

        assertThatThrownBy(() -> SandboxSpecReader.read(missing))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessage("Sandbox spec file " + missing + " does not exist.");
    }

    @Test
    void aDirectoryIsNotASpecFile(@TempDir Path directory) {
        assertThatThrownBy(() -> SandboxSpecReader.read(directory))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessageStartingWith("Cannot read sandbox spec file " + directory);
    }

    @Test
    void aMissingResourceIsNamedWithWhereToPutIt() {
        assertThatThrownBy(() -> SandboxSpecReader.readResource(getClass().getClassLoader(), "/sandboxes/nope.yaml"))
                .isInstanceOf(SandboxSpecException.class)
                .hasMessage("Sandbox spec resource '/sandboxes/nope.yaml' is not on the class path;"
                        + " put it under src/test/resources/sandboxes/nope.yaml.");
    }
}
