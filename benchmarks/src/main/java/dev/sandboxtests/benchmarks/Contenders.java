package dev.sandboxtests.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonDiff;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.SmartDiff;
import java.io.UncheckedIOException;
import net.javacrumbs.jsonunit.core.Configuration;
import net.javacrumbs.jsonunit.core.Option;
import net.javacrumbs.jsonunit.core.internal.Diff;
import org.json.JSONException;
import org.skyscreamer.jsonassert.JSONCompare;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.skyscreamer.jsonassert.JSONCompareResult;

/**
 * Each library called the way its users call it: two JSON strings in, the library's own result out.
 * Every call parses both strings itself; parsing is part of what is measured, for every library. The
 * benchmarks and the tests call these same methods, so what is tested is what is timed.
 *
 * <p>The baseline is the "expected" side and the fork the "actual" side, for the libraries that name
 * them so.
 */
public final class Contenders {

    /** Default options: numbers compared exactly, every array ordered. */
    static final SmartDiff SMART_DIFF_ORDERED = SmartDiff.defaults();
    /** As above, but {@code /items} compared as a multiset. */
    static final SmartDiff SMART_DIFF_UNORDERED = SmartDiff.builder()
            .rules(DiffRules.builder().unordered("/items").build())
            .build();

    static final Configuration JSON_UNIT_ORDERED = Configuration.empty();
    /** JsonUnit can only ignore order everywhere or per path option; everywhere is what users write. */
    static final Configuration JSON_UNIT_UNORDERED = Configuration.empty().withOptions(Option.IGNORING_ARRAY_ORDER);

    /** JSONassert's mode for ordered arrays: order and fields strict. */
    static final JSONCompareMode JSON_ASSERT_ORDERED = JSONCompareMode.STRICT;
    /** Order ignored, but no extra fields allowed: the closest to a strict unordered comparison. */
    static final JSONCompareMode JSON_ASSERT_UNORDERED = JSONCompareMode.NON_EXTENSIBLE;

    private static final ObjectMapper ZJSONPATCH_MAPPER = new ObjectMapper();

    private Contenders() {
    }

    /** smart-diff: both strings captured as JSON responses with status 200, then compared. */
    public static BehaviorDiff smartDiff(String baseline, String fork) {
        return SMART_DIFF_ORDERED.compare(Capture.json(200, baseline), Capture.json(200, fork));
    }

    /** smart-diff with {@code DiffRules.builder().unordered("/items")}. */
    public static BehaviorDiff smartDiffUnordered(String baseline, String fork) {
        return SMART_DIFF_UNORDERED.compare(Capture.json(200, baseline), Capture.json(200, fork));
    }

    /**
     * JsonUnit: {@code Diff.create}, then {@code similar()}, which runs the whole comparison and collects
     * every difference; the result's {@code differences()} is the text its assertions fail with.
     */
    public static Diff jsonUnit(String baseline, String fork) {
        return jsonUnit(baseline, fork, JSON_UNIT_ORDERED);
    }

    /** JsonUnit with {@link Option#IGNORING_ARRAY_ORDER}. */
    public static Diff jsonUnitUnordered(String baseline, String fork) {
        return jsonUnit(baseline, fork, JSON_UNIT_UNORDERED);
    }

    static Diff jsonUnit(String baseline, String fork, Configuration configuration) {
        Diff diff = Diff.create(baseline, fork, "fork", "", configuration);
        diff.similar();
        return diff;
    }

    /** JSONassert in {@link JSONCompareMode#STRICT}. */
    public static JSONCompareResult jsonAssert(String baseline, String fork) {
        return jsonAssert(baseline, fork, JSON_ASSERT_ORDERED);
    }

    /** JSONassert in {@link JSONCompareMode#NON_EXTENSIBLE}. */
    public static JSONCompareResult jsonAssertUnordered(String baseline, String fork) {
        return jsonAssert(baseline, fork, JSON_ASSERT_UNORDERED);
    }

    private static JSONCompareResult jsonAssert(String baseline, String fork, JSONCompareMode mode) {
        try {
            return JSONCompare.compareJSON(baseline, fork, mode);
        } catch (JSONException invalid) {
            throw new IllegalArgumentException("JSONassert could not read a generated document: "
                    + invalid.getMessage(), invalid);
        }
    }

    /** zjsonpatch: both strings read with a default Jackson mapper, then the RFC 6902 patch between them. */
    public static JsonNode zjsonpatch(String baseline, String fork) {
        try {
            return JsonDiff.asJson(ZJSONPATCH_MAPPER.readTree(baseline), ZJSONPATCH_MAPPER.readTree(fork));
        } catch (JsonProcessingException invalid) {
            throw new UncheckedIOException("zjsonpatch's mapper could not read a generated document", invalid);
        }
    }
}
