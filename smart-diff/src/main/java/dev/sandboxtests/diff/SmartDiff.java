package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.sandboxtests.diff.alignment.BodyComparison;
import dev.sandboxtests.diff.alignment.HeaderComparison;
import dev.sandboxtests.diff.alignment.JsonTreeComparison;
import dev.sandboxtests.diff.classification.Classification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two captures of the same request — the baseline and the fork — and returns their
 * {@link BehaviorDiff}. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * SmartDiff smartDiff = SmartDiff.builder()
 *         .ignoreHeaders("x-cache")
 *         .numbersByValue(true)
 *         .build();
 *
 * BehaviorDiff diff = smartDiff.compare(
 *         Capture.json(200, "{\"total\": 100, \"currency\": \"EUR\"}"),
 *         Capture.json(200, "{\"total\": 90, \"currency\": \"EUR\"}"));
 *
 * diff.differences();          // [CHANGED /total: 100 → 90 [MEDIUM: value changed]]
 * SmartDiffAssertions.assertThat(diff).hasOnlyChangesAt("/total");
 * }</pre>
 *
 * <p>What is compared:
 * <ul>
 *   <li><b>Status</b>: a different code is one {@link Relevance#HIGH} difference.</li>
 *   <li><b>Headers</b>, by lower-cased name: a different content type is {@code HIGH} (compared as a
 *       media type, so {@code application/json; charset=utf-8} equals
 *       {@code application/json;charset=UTF-8}); any other header added, missing or changed is
 *       {@link Relevance#MEDIUM}. Ignored by default, because they change between any two responses
 *       or describe the transport: dates and validators ({@code date, expires, last-modified, etag,
 *       age, set-cookie, vary}), transport ({@code content-length, transfer-encoding, connection,
 *       keep-alive, server}), timings ({@code server-timing, x-response-time, x-runtime,
 *       x-envoy-upstream-service-time}), trace context ({@code traceparent, tracestate, baggage, b3,
 *       x-b3-*, uber-trace-id, x-amzn-trace-id, x-cloud-trace-context, x-datadog-trace-id,
 *       x-datadog-parent-id, sentry-trace, grpc-trace-bin}) and per-request ids ({@code x-request-id,
 *       request-id, x-correlation-id, x-amzn-requestid, x-amz-request-id, x-amz-id-2, x-amz-cf-id,
 *       x-ms-request-id, x-vcap-request-id, cf-ray}).</li>
 *   <li><b>Body</b>: JSON (content type {@code application/json} or {@code +json}, or no content type
 *       and a body starting with <code>&#123;</code> or <code>[</code>) is compared field by field: missing, added
 *       and retyped values are {@code HIGH}, changed values {@code MEDIUM}. Text bodies are compared
 *       as one string, other bodies byte for byte ({@code MEDIUM}); a body present on one side only,
 *       or JSON on one side only, is {@code HIGH}.</li>
 * </ul>
 *
 * <p>JSON values are compared exactly: strings by their characters (escapes decoded, no Unicode
 * normalisation), numbers as written unless {@link Builder#numbersByValue} (an integer never equals a
 * decimal, {@code 1.0} differs from {@code 1.00}, huge numbers are not rounded). Arrays are
 * <b>ordered</b> by default and diffed as sequences: an inserted or deleted element is one ADDED or
 * REMOVED difference, not a change of every later element. Rules make arrays <b>unordered</b>
 * (multisets) or <b>keyed</b> (elements matched by the value at a key); see
 * {@link DiffRules.Builder#unordered} and {@link DiffRules.Builder#keyed}. Array indices in paths:
 * <ul>
 *   <li>a REMOVED element is reported at its <em>baseline</em> index ({@code /items/3} is the
 *       baseline's fourth item);</li>
 *   <li>everything else (ADDED and CHANGED elements, and every difference inside an element found on
 *       both sides) is reported at <em>fork</em> indices.</li>
 * </ul>
 * So {@code [a, b, c]} → {@code [x, a, c]} is {@code ADDED /0} and {@code REMOVED /1}. For ordered
 * arrays, {@link JsonPatchExport} turns the differences into an RFC 6902 patch.
 *
 * <p>How relevance is decided, for each difference, by the first of these that applies:
 * <ol>
 *   <li><b>ignore</b> ({@link DiffRules.Builder#ignore}): dropped, and counted in
 *       {@link BehaviorDiff#ignoredCount()};</li>
 *   <li><b>expect</b> ({@link DiffRules.Builder#expect}): {@code LOW} "expected: …" when the check
 *       accepts the change, {@code HIGH} "expected …, but …" when it does not; an expectation no
 *       difference covers is in {@link BehaviorDiff#unmetExpectations()};</li>
 *   <li><b>learned noise</b>: with more than one baseline sample ({@link #compare(List, Capture)}),
 *       a location that differs between the samples too is {@code LOW}, with the evidence — for a
 *       value change when the samples' values differ there, for a missing or added value only when
 *       the samples disagree on its presence (array indices count as one location). In a text body
 *       every line is a location of its own: a line that differs between the samples makes changes
 *       of that line noise, never changes of other lines;</li>
 *   <li><b>recognised formats</b> ({@link Builder#recognizeFormats}): a value-only change between
 *       two UUIDs, ISO-8601 or epoch timestamps, hex or base64 tokens, JWTs, trace ids or prefixed
 *       request ids is {@code LOW};</li>
 *   <li><b>default</b>: as described above.</li>
 * </ol>
 *
 * @see dev.sandboxtests.diff.assertj.SmartDiffAssertions
 */
public final class SmartDiff {

    private static final SmartDiff DEFAULTS = builder().build();

    /** How many baseline samples a caller should capture by default: two, as in Diffy. */
    public static final int DEFAULT_BASELINE_SAMPLES = 2;

    private final HeaderComparison headers;
    private final boolean compareHeaders;
    private final BodyComparison bodies;
    private final DiffRules rules;
    private final int baselineSamples;
    private final boolean recognizeFormats;

    private SmartDiff(Builder builder) {
        this.headers = new HeaderComparison(builder.ignoredHeaders);
        this.compareHeaders = builder.compareHeaders;
        this.rules = builder.rules;
        this.bodies = new BodyComparison(new JsonTreeComparison(new ArrayRules(builder.rules.arrays()),
                builder.numbersByValue));
        this.baselineSamples = builder.baselineSamples;
        this.recognizeFormats = builder.recognizeFormats;
    }

    /** @return an engine with the default options */
    public static SmartDiff defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the default options */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compares two captures.
     *
     * @param baseline the response from baseline
     * @param fork     the response from the fork
     * @return the differences, in document order
     * @throws DiffException when a body that is read as JSON is not valid JSON (the message names the
     *                       side and the position)
     */
    public BehaviorDiff compare(Capture baseline, Capture fork) {
        return compare(List.of(baseline), fork);
    }

    /**
     * Compares the fork with the first baseline sample; the other samples of the same request teach
     * which locations are noise (they differ between baseline samples too) and are reported as
     * {@link Relevance#LOW}, with the evidence in the reason.
     *
     * @param baselineSamples one or more baseline captures of the same request, the first compared
     * @param fork            the response from the fork
     * @return the classified differences, in document order
     * @throws DiffException when a body that is read as JSON is not valid JSON
     */
    public BehaviorDiff compare(List<Capture> baselineSamples, Capture fork) {
        Objects.requireNonNull(baselineSamples, "baseline samples must not be null");
        if (baselineSamples.isEmpty()) {
            throw new IllegalArgumentException("at least one baseline sample is needed");
        }
        Objects.requireNonNull(fork, "fork capture must not be null");
        Capture baseline = Objects.requireNonNull(baselineSamples.get(0), "baseline capture must not be null");
        List<Difference> raw = rawCompare(baseline, fork);
        Classification classification = new Classification(rules, recognizeFormats, this::rawCompare, baselineSamples);
        Classification.Result classified = classification.classify(raw);
        return new BehaviorDiff(baseline, fork, classified.differences(), classified.unmetExpectations(),
                baselineSamples.size(), classified.ignoredCount());
    }

    /** Every difference with its default relevance, before noise, formats and rules are applied. */
    List<Difference> rawCompare(Capture baseline, Capture fork) {
        List<Difference> differences = new ArrayList<>();
        if (baseline.status() != fork.status()) {
            differences.add(new Difference(Section.STATUS, "", Operation.CHANGED,
                    IntNode.valueOf(baseline.status()), IntNode.valueOf(fork.status()),
                    Relevance.HIGH, "status code changed"));
        }
        if (compareHeaders) {
            differences.addAll(headers.compare(baseline.headers(), fork.headers()));
        }
        differences.addAll(bodies.compare(baseline.classifiedBody("baseline"), fork.classifiedBody("fork")));
        return differences;
    }

    /** @return how many baseline samples callers such as SmartTest should capture per request */
    public int baselineSamples() {
        return baselineSamples;
    }

    /** @return the rules this engine applies */
    public DiffRules rules() {
        return rules;
    }

    /** @return a builder holding this engine's options, to change some of them */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.ignoredHeaders.clear();
        builder.ignoredHeaders.addAll(headers.ignored());
        builder.compareHeaders = compareHeaders;
        builder.numbersByValue = bodies.numbersByValue();
        builder.rules = rules;
        builder.baselineSamples = baselineSamples;
        builder.recognizeFormats = recognizeFormats;
        return builder;
    }

    /** Options for a {@link SmartDiff}. Every option has a default, so {@code build()} alone works. */
    public static final class Builder {

        private final Set<String> ignoredHeaders = new LinkedHashSet<>(HeaderComparison.DEFAULT_IGNORED);
        private boolean compareHeaders = true;
        private boolean numbersByValue;
        private DiffRules rules = DiffRules.none();
        private int baselineSamples = DEFAULT_BASELINE_SAMPLES;
        private boolean recognizeFormats = true;

        private Builder() {
        }

        /**
         * @param rules paths to ignore, changes to expect, unordered and keyed arrays; added to the
         *              rules already set
         * @return this builder
         */
        public Builder rules(DiffRules rules) {
            this.rules = this.rules.and(Objects.requireNonNull(rules, "rules"));
            return this;
        }

        /**
         * @param samples how many baseline samples callers capture per request (default 2); with 1,
         *                no noise is learned
         * @return this builder
         */
        public Builder baselineSamples(int samples) {
            if (samples < 1) {
                throw new IllegalArgumentException("baselineSamples must be at least 1, but was " + samples);
            }
            this.baselineSamples = samples;
            return this;
        }

        /**
         * @param recognizeFormats {@code false} to rate value changes of UUIDs, timestamps, tokens and
         *                         ids like any other value change (default {@code true}: LOW)
         * @return this builder
         */
        public Builder recognizeFormats(boolean recognizeFormats) {
            this.recognizeFormats = recognizeFormats;
            return this;
        }

        /**
         * Ignores more headers, in addition to the defaults listed on {@link SmartDiff}.
         *
         * @param names header names, in any case
         * @return this builder
         */
        public Builder ignoreHeaders(String... names) {
            for (String name : names) {
                ignoredHeaders.add(Objects.requireNonNull(name, "header names must not be null")
                        .toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * @param compareHeaders {@code false} to ignore headers altogether, content type included
         *                       (default {@code true})
         * @return this builder
         */
        public Builder compareHeaders(boolean compareHeaders) {
            this.compareHeaders = compareHeaders;
            return this;
        }

        /**
         * @param numbersByValue {@code true} to compare JSON numbers by numeric value, so {@code 1},
         *                       {@code 1.0} and {@code 1.00} are equal; by default (false) they must
         *                       also be written alike, because clients may depend on the format
         * @return this builder
         */
        public Builder numbersByValue(boolean numbersByValue) {
            this.numbersByValue = numbersByValue;
            return this;
        }

        /** @return the engine; the builder can go on being used without affecting it */
        public SmartDiff build() {
            return new SmartDiff(this);
        }
    }
}
