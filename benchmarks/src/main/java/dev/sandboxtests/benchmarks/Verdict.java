package dev.sandboxtests.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.diff.BehaviorDiff;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.jsonunit.core.Configuration;
import org.skyscreamer.jsonassert.JSONCompareResult;

/**
 * What one library said about one pair: whether the documents differ, and how many differences it
 * reported in its own terms (smart-diff differences, JsonUnit differences, JSONassert field failures,
 * zjsonpatch operations). Used to check that every benchmarked call really finds the differences, so no
 * library is timed doing less work than the others.
 *
 * @param contender   the library
 * @param different   whether it reported the documents as different
 * @param differences how many differences it reported
 */
public record Verdict(Contender contender, boolean different, int differences) {

    /**
     * Runs the same call the benchmark times (for JsonUnit, with a listener that counts) and reads its
     * result.
     *
     * @param contender the library
     * @param unordered whether to call its unordered variant (there is none for zjsonpatch)
     * @param pair      the documents
     * @return what the library said
     * @throws IllegalArgumentException for zjsonpatch unordered
     */
    public static Verdict of(Contender contender, boolean unordered, DocumentPair pair) {
        String baseline = pair.baseline();
        String fork = pair.fork();
        return switch (contender) {
            case SMART_DIFF -> {
                BehaviorDiff diff = unordered
                        ? Contenders.smartDiffUnordered(baseline, fork)
                        : Contenders.smartDiff(baseline, fork);
                yield new Verdict(contender, !diff.isEmpty(), diff.differences().size());
            }
            case JSON_UNIT -> {
                AtomicInteger counted = new AtomicInteger();
                Configuration configuration = (unordered ? Contenders.JSON_UNIT_UNORDERED : Contenders.JSON_UNIT_ORDERED)
                        .withDifferenceListener((difference, context) -> counted.incrementAndGet());
                boolean similar = Contenders.jsonUnit(baseline, fork, configuration).similar();
                yield new Verdict(contender, !similar, counted.get());
            }
            case JSON_ASSERT -> {
                JSONCompareResult result = unordered
                        ? Contenders.jsonAssertUnordered(baseline, fork)
                        : Contenders.jsonAssert(baseline, fork);
                yield new Verdict(contender, result.failed(), result.getFieldFailures().size()
                        + result.getFieldMissing().size() + result.getFieldUnexpected().size());
            }
            case ZJSONPATCH -> {
                if (unordered) {
                    throw new IllegalArgumentException("zjsonpatch has no unordered mode");
                }
                JsonNode patch = Contenders.zjsonpatch(baseline, fork);
                yield new Verdict(contender, !patch.isEmpty(), patch.size());
            }
        };
    }

    @Override
    public String toString() {
        return contender.displayName() + (different ? " reported " + differences + " difference(s)" : " found no difference");
    }
}
