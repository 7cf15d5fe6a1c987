package dev.sandboxtests.benchmarks.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link TemplateCopyTiming}, small: a 2 MiB template, one counted round, on the embedded server. */
class TemplateCopyTimingTest {

    @Test
    void aSmallRunSeedsCopiesDropsAndReports() throws Exception {
        try (BenchmarkContext context = new BenchmarkContext()) {
            TemplateCopyTiming.Result result = TemplateCopyTiming.run(context, 2, 1);

            assertThat(result.template().dataBytes()).isGreaterThanOrEqualTo(2 * TemplateCopyTiming.MIB);
            assertThat(result.template().rows()).isPositive();
            assertThat(result.markdown()).contains("| copy of the template |").contains("| empty |")
                    .contains(String.format(Locale.ROOT, "%,d orders", result.template().rows()));
        }
    }
}
