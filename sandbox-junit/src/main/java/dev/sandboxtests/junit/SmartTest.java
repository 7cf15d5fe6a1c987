package dev.sandboxtests.junit;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.ExpectedChange;
import dev.sandboxtests.diff.SmartDiff;
import dev.sandboxtests.provider.Sandbox;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends the same request to baseline (without the routing key) and to the sandbox's fork (with it),
 * and compares the two behaviours with smart-diff: HTTP requests with {@link #http}, calls in other
 * protocols with {@link #call} (gRPC: sandbox-grpc's {@code GrpcCall}).
 *
 * <pre>{@code
 * @Test
 * void discountIsTheOnlyChange(SmartTest smart) {
 *     BehaviorDiff diff = smart.http("orders", request -> request.queryParam("qty", 3).get("/orders/quote"));
 *     assertThat(diff).hasOnlyChangesAt("/price/discount", "/price/total", "/grandTotal");
 * }
 *
 * @Test
 * void theTotalGoesDownAndNothingElseChanges(SmartTest smart) {
 *     BehaviorDiff diff = smart
 *             .ignoring("/generatedAt")
 *             .unordered("/tags")
 *             .keyed("/items", "sku")
 *             .expecting("/total", (baseline, fork) -> fork.asLong() < baseline.asLong(), "the total goes down")
 *             .http("orders", request -> request.get("/orders/42"));
 *     assertThat(diff).hasNoRelevantChanges();
 * }
 * }</pre>
 *
 * <p><b>Noise.</b> The request is sent {@link SmartDiff#baselineSamples()} times to baseline (two by
 * default) and once to the fork, so that smart-diff learns which values differ between two baseline
 * responses anyway and rates them {@code LOW}. The fork request is sent right after the first
 * baseline request and before the others, so that values that change with time (timestamps) are as
 * likely to differ between the baseline samples as between baseline and fork. The request is
 * therefore sent {@code samples + 1} times: for a request that must not be repeated, use
 * {@code baselineSamples(1)} (no noise is learned then).
 *
 * <p><b>Options per test.</b> Every option method returns a new {@code SmartTest} and leaves this
 * one unchanged, so a configured instance can be kept and reused. Rules added here come after the
 * rules of the engine ({@link #using(SmartDiff)}, {@link SmartDiff.Builder#rules}).
 *
 * <p>Each diff is written as JSON, HTML and text reports to {@code target/sandbox-tests/diffs}
 * ({@code sandbox.reports.directory}) and published as one JUnit report entry: a one-line verdict
 * ({@code sandbox.diff.summary}, e.g. {@code pricing GET /quote?sku=A: 1 HIGH, 0 MEDIUM, 2 LOW; relevant: yes}),
 * the diff as text ({@code sandbox.diff}) and the paths of the files. On JUnit 5.12 and later the three
 * files are also attached to the test ({@code publishFile}); see
 * {@link dev.sandboxtests.junit.report.ReportEntries}.
 *
 * <p>Instances are resolved per test. They are immutable, but a test's report entries belong to that
 * test, so do not hand one to another test.
 */
public final class SmartTest {

    private final Sandbox sandbox;
    private final SmartDiff engine;
    private final DiffRules rules;
    private final Integer baselineSamples;
    private final boolean unreachedForksAllowed;
    private final DiffPublisher reporter;

    SmartTest(Sandbox sandbox, SmartDiff engine, DiffPublisher reporter) {
        this(sandbox, engine, DiffRules.none(), null, false, reporter);
    }

    private SmartTest(Sandbox sandbox, SmartDiff engine, DiffRules rules, Integer baselineSamples,
                      boolean unreachedForksAllowed, DiffPublisher reporter) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.baselineSamples = baselineSamples;
        this.unreachedForksAllowed = unreachedForksAllowed;
        this.reporter = Objects.requireNonNull(reporter, "reporter");
    }

    /** @return the sandbox the fork requests are routed to */
    public Sandbox sandbox() {
        return sandbox;
    }

    /**
     * @return the engine this SmartTest compares with: the one given to {@link #using(SmartDiff)} (or
     *         the defaults) with the rules and sample count set on this SmartTest
     */
    public SmartDiff engine() {
        if (rules.isEmpty() && baselineSamples == null) {
            return engine;
        }
        SmartDiff.Builder builder = engine.toBuilder().rules(rules);
        if (baselineSamples != null) {
            builder.baselineSamples(baselineSamples);
        }
        return builder.build();
    }

    /**
     * Compares with {@code engine} — its options, its rules and its number of baseline samples. Rules
     * and a sample count set on this SmartTest are kept and applied on top of it.
     *
     * @param engine the engine to compare with
     * @return a new SmartTest
     */
    public SmartTest using(SmartDiff engine) {
        return new SmartTest(sandbox, Objects.requireNonNull(engine, "engine"), rules, baselineSamples,
                unreachedForksAllowed, reporter);
    }

    /**
     * Adds rules, after those already set.
     *
     * @param moreRules paths to ignore, changes to expect, unordered and keyed arrays
     * @return a new SmartTest
     */
    public SmartTest with(DiffRules moreRules) {
        return new SmartTest(sandbox, engine, rules.and(Objects.requireNonNull(moreRules, "rules")), baselineSamples,
                unreachedForksAllowed, reporter);
    }

    /**
     * Drops every difference at or below {@code pattern}.
     *
     * @param pattern a JSON Pointer with {@code *} and {@code **} wildcards, {@code status} or
     *                {@code header:<name>}
     * @return a new SmartTest
     * @see DiffRules.Builder#ignore(String)
     */
    public SmartTest ignoring(String pattern) {
        return with(DiffRules.builder().ignore(pattern).build());
    }

    /**
     * Compares the arrays matched by {@code pattern} as multisets: order does not matter.
     *
     * @param pattern the arrays, e.g. {@code /tags} or {@code /items/*}{@code /labels}
     * @return a new SmartTest
     * @see DiffRules.Builder#unordered(String)
     */
    public SmartTest unordered(String pattern) {
        return with(DiffRules.builder().unordered(pattern).build());
    }

    /**
     * Matches the elements of the arrays at {@code pattern} by the value at {@code key}, in any order.
     *
     * @param pattern the arrays, e.g. {@code /items}
     * @param key     a field name ({@code sku}) or a JSON Pointer inside an element ({@code /sku/code})
     * @return a new SmartTest
     * @see DiffRules.Builder#keyed(String, String)
     */
    public SmartTest keyed(String pattern, String key) {
        return with(DiffRules.builder().keyed(pattern, key).build());
    }

    /**
     * Expects a change at or below {@code pattern}: it is rated {@code LOW} ("expected: …") when
     * {@code check} accepts it and {@code HIGH} when it does not, and an expected change that does not
     * happen is reported ({@link BehaviorDiff#unmetExpectations()}).
     *
     * @param pattern     where the change is expected
     * @param check       whether a change there is the intended one
     * @param description the intended change in words, for reasons and messages
     * @return a new SmartTest
     * @see DiffRules.Builder#expect(String, ExpectedChange, String)
     */
    public SmartTest expecting(String pattern, ExpectedChange check, String description) {
        return with(DiffRules.builder().expect(pattern, check, description).build());
    }

    /**
     * Expects some change, any change, at or below {@code pattern}.
     *
     * @param pattern where the change is expected
     * @return a new SmartTest
     * @see DiffRules.Builder#expect(String)
     */
    public SmartTest expecting(String pattern) {
        return with(DiffRules.builder().expect(pattern).build());
    }

    /**
     * Sets how many times the request is sent to baseline; values that differ between these samples
     * are noise.
     *
     * @param samples at least 1; 1 learns no noise
     * @return a new SmartTest
     */
    public SmartTest baselineSamples(int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("baselineSamples must be at least 1, but was " + samples
                    + "; use 1 for a request that must be sent to baseline only once (no noise is learned then)");
        }
        return new SmartTest(sandbox, engine, rules, samples, unreachedForksAllowed, reporter);
    }

    /**
     * Says that this request need not reach any of the sandbox's forks (an endpoint that calls no forked
     * service), so that its diff carries no caveat when none was reached. Without it, a SmartTest whose
     * fork side reached no fork gets a caveat that fails every assertion on the diff: it compared baseline
     * with baseline, usually because a service on the way did not pass the routing key on.
     *
     * @return a new SmartTest
     */
    public SmartTest allowingUnreachedForks() {
        return new SmartTest(sandbox, engine, rules, baselineSamples, true, reporter);
    }

    /**
     * Runs {@code request} against {@code service}: to baseline as many times as there are baseline
     * samples, and once to the fork (see the class description); returns the behavioral diff, which is
     * also published as a JUnit report entry.
     *
     * @param service the service, as the sandbox names it
     * @param request builds and sends the request from a specification that already has the base URI
     *                (and, for the fork, the routing key); it must return the response
     * @return the behavioral diff of the first baseline sample and the fork
     */
    public BehaviorDiff http(String service, Function<RequestSpecification, Response> request) {
        return call(service, new HttpCall(Objects.requireNonNull(request, "request")));
    }

    /**
     * Makes {@code call} against {@code service} in any protocol, the same way as {@link #http}: to
     * baseline as many times as there are baseline samples, once to the fork; returns the behavioral
     * diff, which is also published as a JUnit report entry.
     *
     * <pre>{@code
     * BehaviorDiff diff = smart.call("inventory", GrpcCall.unary(InventoryGrpc.getCheckStockMethod(), request));
     * }</pre>
     *
     * @param service the service, as the sandbox names it
     * @param call    sends itself to one side and captures the outcome
     * @return the behavioral diff of the first baseline sample and the fork
     */
    public BehaviorDiff call(String service, SmartCall call) {
        Objects.requireNonNull(call, "call");
        SmartDiff comparison = engine();
        URI endpoint = sandbox.endpoint(service);
        int samples = comparison.baselineSamples();
        List<Capture> baseline = new ArrayList<>(samples);
        baseline.add(send(call, baselineTarget(endpoint, "baseline")));
        ForkReach reach = ForkReach.before(sandbox);
        Capture fork = send(call, new SmartCall.Target(endpoint, "fork", sandbox.routingKey(), sandbox.routingHeaders()));
        ForkReach.Outcome reached = reach.after();
        for (int sample = 2; sample <= samples; sample++) {
            baseline.add(send(call, baselineTarget(endpoint, "baseline sample " + sample)));
        }
        BehaviorDiff diff = comparison.compare(baseline, fork);
        if (!unreachedForksAllowed && call.forkReachCounted()) {
            diff = reached.caveat(service).map(diff::withCaveat).orElse(diff);
        }
        reporter.publish(sandbox, service, call.request(),
                call.forkReachCounted() ? reached.summary() : Optional.empty(), diff);
        return diff;
    }

    private SmartCall.Target baselineTarget(URI endpoint, String side) {
        return new SmartCall.Target(endpoint, side, null, sandbox.routingHeaders());
    }

    private static Capture send(SmartCall call, SmartCall.Target target) {
        Capture capture;
        try {
            capture = call.send(target);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the " + target + ".", e);
        } catch (Exception e) {
            throw new IllegalStateException("The SmartTest call to the " + target + " failed: " + e.getMessage(), e);
        }
        if (capture == null) {
            throw new IllegalStateException("The SmartTest call returned no capture for the " + target + ".");
        }
        return capture;
    }
}
