package dev.sandboxtests.benchmarks.grpc;

import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A unary gRPC call straight to the server and through the local provider's router, side by side:
 * <ul>
 *   <li>{@code path=direct}: client → server;</li>
 *   <li>{@code path=router}: client → router → baseline (a call without routing key, the common case);</li>
 *   <li>{@code path=routerFork}: client → router → the sandbox's fork (the call carries
 *       {@code baggage: sd-routing-key=…}).</li>
 * </ul>
 * {@link #latency} is one caller in SampleTime mode (JMH reports p50 and p99); {@link #throughput} is
 * eight callers on one channel (one HTTP/2 connection, calls multiplexed), in calls per second. Every
 * path uses the same server code and a 64-byte message. Run with
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar '\.GrpcRouterBenchmark\.' -rf json -rff grpc-router.json
 * java -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.grpc.GrpcRouterSummary grpc-router.json
 * </pre>
 */
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class GrpcRouterBenchmark {

    static final int THROUGHPUT_THREADS = 8;

    @Param({"direct", "router", "routerFork"})
    public String path;

    private final byte[] message = new byte[64];
    private LocalRouterSetup setup;
    private EchoService direct;
    private ManagedChannel channel;
    private Channel calls;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Arrays.fill(message, (byte) 'x');
        setup = new LocalRouterSetup();
        URI target;
        if (path.equals("direct")) {
            direct = EchoService.start();
            target = direct.uri();
        } else {
            target = setup.router();
        }
        channel = NettyChannelBuilder.forAddress(target.getHost(), target.getPort()).usePlaintext().build();
        calls = channel;
        if (path.equals("routerFork")) {
            Metadata headers = new Metadata();
            setup.forkHeaders().forEach((name, value) ->
                    headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
            calls = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
        } else if (!path.equals("router") && !path.equals("direct")) {
            throw new IllegalArgumentException("unknown path '" + path + "'; use direct, router or routerFork");
        }
        if (call().length != message.length) {
            throw new IllegalStateException("the echo over " + path + " did not return the message");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        if (direct != null) {
            direct.close();
        }
        setup.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public byte[] latency() {
        return call();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(THROUGHPUT_THREADS)
    public byte[] throughput() {
        return call();
    }

    private byte[] call() {
        return ClientCalls.blockingUnaryCall(calls, EchoService.ECHO, CallOptions.DEFAULT.withDeadlineAfter(10,
                TimeUnit.SECONDS), message);
    }
}
