package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's descriptor, as compiled: the API packages are exported and nothing else, so the engine's
 * stages can be public to each other without becoming API. Read from the built module-info.class, so it
 * checks what users get whether these tests run on the class path or the module path.
 */
class ModuleBoundaryTest {

    private static final String MODULE = "dev.sandboxtests.diff";
    private static final ModuleDescriptor DESCRIPTOR = descriptor();

    private static ModuleDescriptor descriptor() {
        try {
            Path classes = Path.of(SmartDiff.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ModuleFinder.of(classes).find(MODULE).orElseThrow().descriptor();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    void exportsExactlyTheApiPackagesToEveryone() {
        assertThat(DESCRIPTOR.name()).isEqualTo(MODULE);
        assertThat(DESCRIPTOR.exports()).allSatisfy(exports -> assertThat(exports.isQualified()).isFalse());
        assertThat(DESCRIPTOR.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(MODULE, MODULE + ".assertj", MODULE + ".report", MODULE + ".summary");
    }

    @Test
    void theEnginesStagesAreInTheModuleButNotExported() {
        Set<String> stages = Set.of(MODULE + ".reading", MODULE + ".alignment", MODULE + ".classification",
                MODULE + ".rendering");

        assertThat(DESCRIPTOR.packages()).containsAll(stages);
        assertThat(DESCRIPTOR.exports()).noneMatch(exports -> stages.contains(exports.source()));
        assertThat(DESCRIPTOR.opens()).noneMatch(opens -> stages.contains(opens.source()));
    }

    @Test
    void opensOnlyThePackagesOfTheSchemasSoThatTheyCanBeRead() {
        assertThat(DESCRIPTOR.opens()).allSatisfy(opens -> assertThat(opens.isQualified()).isFalse());
        assertThat(DESCRIPTOR.opens()).extracting(ModuleDescriptor.Opens::source)
                .containsExactlyInAnyOrder(MODULE + ".report", MODULE + ".summary");
    }

    @Test
    void whatTheApiShowsIsRequiredTransitively() {
        Map<String, Set<Requires.Modifier>> requires = DESCRIPTOR.requires().stream()
                .collect(Collectors.toMap(Requires::name, Requires::modifiers));

        assertThat(requires.get("com.fasterxml.jackson.databind")).contains(Requires.Modifier.TRANSITIVE);
        assertThat(requires.get("org.assertj.core")).contains(Requires.Modifier.TRANSITIVE);
        assertThat(requires.get("org.opentest4j")).contains(Requires.Modifier.TRANSITIVE);
        assertThat(requires.get("io.github.javadiffutils")).doesNotContain(Requires.Modifier.TRANSITIVE);
    }
}
