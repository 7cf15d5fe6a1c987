package dev.sandboxtests.diff.alignment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.ArrayMode;
import dev.sandboxtests.diff.reading.ClassifiedBody;
import dev.sandboxtests.diff.reading.FieldNames;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.JsonTapeReader;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ordered alignment's cost, measured by its own count of element visits and search steps
 * ({@link SequenceAlignment#steps()}) rather than by a clock: on inputs that make simpler algorithms
 * quadratic, the count must stay in proportion to the number of elements.
 */
class SequenceAlignmentWorkTest {

    /** Steps per element that still count as linear: a few passes and a logarithmic search. */
    private static final int STEPS_PER_ELEMENT = 16;

    private static int[][] reversed(int n) {
        return new int[][] {IntStream.range(0, n).toArray(), IntStream.range(0, n).map(i -> n - 1 - i).toArray()};
    }

    /**
     * Baseline {@code [0, 1, …, n]}, fork {@code [1, 0, 2, 1, 3, 2, …, n, n-1]}: each stretch has only
     * two elements unique on both sides, and once they are anchored two more become unique in the
     * stretch between them. Patience diff without its work budget peels two elements per round and
     * visits the rest again each time: about n² steps (48 million for n = 8,000).
     */
    private static int[][] staircase(int n) {
        int[] fork = new int[2 * n];
        for (int i = 1; i <= n; i++) {
            fork[2 * i - 2] = i;
            fork[2 * i - 1] = i - 1;
        }
        return new int[][] {IntStream.rangeClosed(0, n).toArray(), fork};
    }

    private static String json(int[] values) {
        return IntStream.of(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }

    private static JsonTape read(int[] values, String side, FieldNames names) {
        ClassifiedBody body = ClassifiedBody.of(json(values).getBytes(UTF_8), Optional.of("application/json"), side);
        return JsonTapeReader.read(body, side, names, false);
    }

    /** The steps of aligning the two arrays. */
    private static long steps(int[][] pair) {
        FieldNames names = new FieldNames();
        ArrayAlignment arrays = new ArrayAlignment(read(pair[0], "baseline", names), read(pair[1], "fork", names), false);
        arrays.align(ArrayMode.ordered(), 0, 0, new IntList(16));
        return arrays.sequenceSteps();
    }

    private static void assertLinear(IntFunction<int[][]> input, int n) {
        int[][] small = input.apply(n);
        int[][] large = input.apply(4 * n);
        long smallSteps = steps(small);
        long largeSteps = steps(large);

        long largeElements = large[0].length + large[1].length;
        assertThat(largeSteps).as("steps for %,d elements", largeElements)
                .isLessThanOrEqualTo(STEPS_PER_ELEMENT * largeElements);
        // Four times the elements: about four times the steps (n log n a little more), not sixteen.
        assertThat((double) largeSteps / smallSteps).as("growth from %,d to %,d steps", smallSteps, largeSteps)
                .isLessThan(5.0);
    }

    @Test
    void aReversedArrayOfUniqueElementsCostsStepsInProportionToItsLength() {
        // A longest-common-subsequence table would have n² cells here.
        assertLinear(SequenceAlignmentWorkTest::reversed, 20_000);
    }

    @Test
    void aStaircaseThatPeelsTwoAnchorsPerRoundCostsStepsInProportionToItsLength() {
        // The work budget turns what is left into a replaced block before the rounds add up.
        assertLinear(SequenceAlignmentWorkTest::staircase, 8_000);
    }
}
