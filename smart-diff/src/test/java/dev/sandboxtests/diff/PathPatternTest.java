package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void aPointerMatchesExactlyAndCoversItsDescendants() {
        PathPattern metadata = PathPattern.of("/metadata");

        assertThat(metadata.matches("/metadata")).isTrue();
        assertThat(metadata.matches("/metadata/generatedAt")).isFalse();
        assertThat(metadata.covers("/metadata/generatedAt")).isTrue();
        assertThat(metadata.covers("/metadataVersion")).isFalse();
        assertThat(metadata.covers("/other")).isFalse();
    }

    @Test
    void oneStarIsOneSegmentAndTwoStarsAreAnyDepth() {
        assertThat(PathPattern.of("/items/*/price").matches("/items/3/price")).isTrue();
        assertThat(PathPattern.of("/items/*/price").matches("/items/3/tax/price")).isFalse();
        assertThat(PathPattern.of("/**/traceId").matches("/traceId")).isTrue();
        assertThat(PathPattern.of("/**/traceId").matches("/a/b/c/traceId")).isTrue();
        assertThat(PathPattern.of("/**/traceId").covers("/a/traceId/hex")).isTrue();
        assertThat(PathPattern.of("/**/traceId").covers("/a/trace")).isFalse();
        assertThat(PathPattern.of("/a/**").matches("/a")).isTrue();
        assertThat(PathPattern.of("/a/**").covers("/b")).isFalse();
    }

    @Test
    void theWholeBodyCoversEveryBodyLocationButNotStatusOrHeaders() {
        PathPattern body = PathPattern.of("(body)");

        assertThat(body.covers("/a/b")).isTrue();
        assertThat(body.covers("(body)")).isTrue();
        assertThat(body.covers("status")).isFalse();
        assertThat(body.covers("header:x-a")).isFalse();
    }

    @Test
    void aLinePatternCoversTheLinesWithinIt() {
        PathPattern lines = PathPattern.of("(body)#L2-L6");

        assertThat(lines.covers("(body)#L2")).isTrue();
        assertThat(lines.covers("(body)#L3-L5")).isTrue();
        assertThat(lines.covers("(body)#L2-L6")).isTrue();
        assertThat(lines.covers("(body)#L1-L2")).isFalse();
        assertThat(lines.covers("(body)#L7")).isFalse();
        assertThat(lines.covers("(body)")).isFalse();
        assertThat(lines.covers("/L2")).isFalse();
        assertThat(lines.matches("(body)#L2-L6")).isTrue();
        assertThat(lines.matches("(body)#L3")).isFalse();
        assertThat(PathPattern.of("(body)#L4").covers("(body)#L3-L5")).isFalse();
        assertThat(PathPattern.of("(body)#L4").depth()).isEmpty();
    }

    @Test
    void textLinesAreBelowTheWholeBodyAndBelowNoPointer() {
        assertThat(PathPattern.of("(body)").covers("(body)#L4")).isTrue();
        assertThat(PathPattern.of("/**").covers("(body)#L4")).isTrue();
        assertThat(PathPattern.of("(body)").matches("(body)#L4")).isFalse();
        assertThat(PathPattern.of("/L4").covers("(body)#L4")).isFalse();
        assertThat(PathPattern.of("/**/L4").covers("(body)#L4")).isFalse();
    }

    @Test
    void aMalformedLinePatternIsRejectedWithTheLineForms() {
        for (String malformed : List.of("(body)#L0", "(body)#L5-L3", "(body)#4", "(body)#L2-4", "(body)#Lx")) {
            assertThatThrownBy(() -> PathPattern.of(malformed)).as(malformed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + malformed + "' is not a line pattern: write (body)#L<n>");
        }
    }

    @Test
    void statusAndHeadersMatchExactlyWithHeaderNamesInAnyCase() {
        assertThat(PathPattern.of("status").covers("status")).isTrue();
        assertThat(PathPattern.of("header:X-Cache").covers("header:x-cache")).isTrue();
        assertThat(PathPattern.of("header:x-cache").covers("header:x-cache-status")).isFalse();
    }

    @Test
    void coveringADeepLocationTakesTimeInProportionToItsDepth() {
        String deep = "/a".repeat(200_000);

        // Trying every ancestor one by one would take minutes here.
        assertThat(PathPattern.of("/a/a/a").covers(deep)).isTrue();
        assertThat(PathPattern.of("/b").covers(deep)).isFalse();
        assertThat(PathPattern.of("/**/z").covers(deep)).isFalse();
    }

    @Test
    void theDepthIsTheNumberOfSegmentsUnlessTwoStarsMatchAtAnyDepth() {
        assertThat(PathPattern.of("(body)").depth()).hasValue(0);
        assertThat(PathPattern.of("/").depth()).hasValue(1);
        assertThat(PathPattern.of("/items/*").depth()).hasValue(2);
        assertThat(PathPattern.of("/a~1b/c").depth()).as("an escaped slash is not a boundary").hasValue(2);
        assertThat(PathPattern.of("/a**b").depth()).as("** only as a whole segment").hasValue(1);
        assertThat(PathPattern.of("/**/items").depth()).isEmpty();
        assertThat(PathPattern.of("/items/**").depth()).isEmpty();
    }

    @Test
    void statusAndHeaderPatternsHaveNoBodyDepth() {
        assertThat(PathPattern.of("status").depth()).isEmpty();
        assertThat(PathPattern.of("header:x-a/b").depth()).isEmpty();
    }

    @Test
    void aPatternThatIsNotALocationIsRejectedWithTheForms() {
        assertThatThrownBy(() -> PathPattern.of("total"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'total' is not a location pattern")
                .hasMessageContaining("header:<name>");
    }

    @Test
    void aPathWithoutItsLeadingSlashIsRejectedWithTheJsonPointerItMeant() {
        assertThatThrownBy(() -> DiffRules.builder().ignore("reviews/*/average"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'reviews/*/average' is not a location pattern: paths into a JSON body are"
                        + " JSON Pointers, which start with '/'; did you mean \"/reviews/*/average\"?");
    }
}
