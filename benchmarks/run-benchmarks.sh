#!/usr/bin/env bash
# Runs the suite the way docs/benchmarks.md reports it, then the summary and the 50 MB check.
#
# One JMH invocation per scenario, so the libraries of a scenario are measured back to back. A single
# `java -jar benchmarks.jar` works too, but JMH orders by benchmark method, measuring one library
# across every size before the next: on a shared machine, load that drifts during the ~11 minutes
# would then favour whichever library ran in the quiet part.
#
# With --grpc, runs instead the gRPC router benchmark (GrpcRouterBenchmark: a unary call direct, through
# the local router to baseline, and to a sandbox's fork; ≈ 2.5 minutes) and its summary.
#
# With --kafka, runs instead the Kafka figures on the in-JVM broker (≈ 6 minutes): ConsumerThroughput
# (the library's consumers against a plain KafkaConsumer loop on the same records, rounds alternating:
# 200,000 records committing synchronously after every poll, then 1,000,000 committing asynchronously),
# RecordRoutingBenchmark (JMH: what the library adds per record, without a broker), and MixedRunCheck
# (100,000 records across a baseline and three forks, every record counted; exit status 1 when isolation
# broke), then their summary.
#
# Usage, from anywhere, after `mvn -B package -pl benchmarks -am -DskipTests` in the repository root:
#   bash benchmarks/run-benchmarks.sh [output-directory]          (default: benchmarks/target/benchmark-results)
#   bash benchmarks/run-benchmarks.sh --grpc [output-directory]   (default: benchmarks/target/grpc-router-results)
#   bash benchmarks/run-benchmarks.sh --kafka [output-directory]  (default: benchmarks/target/kafka-results)
set -euo pipefail
cd "$(dirname "$0")/.."

grpc=false
kafka=false
if [ "${1:-}" = "--grpc" ]; then
  grpc=true
  shift
elif [ "${1:-}" = "--kafka" ]; then
  kafka=true
  shift
fi

jar=benchmarks/target/benchmarks.jar
if [ "$grpc" = true ]; then
  out=${1:-benchmarks/target/grpc-router-results}
elif [ "$kafka" = true ]; then
  out=${1:-benchmarks/target/kafka-results}
else
  out=${1:-benchmarks/target/benchmark-results}
fi
if [ ! -f "$jar" ]; then
  echo "No $jar: build it first with mvn -B package -pl benchmarks -am -DskipTests" >&2
  exit 1
fi
mkdir -p "$out"
rm -f "$out"/*.json "$out"/*.txt "$out"/summary.md
load_log="$out/load.txt"

# name, then JMH arguments; records the 1/5/15-minute load averages around each scenario.
scenario() {
  local name=$1
  shift
  echo "$(date +%T) start $name, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$load_log"
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json" > "$out/$name.txt" 2>&1
  echo "$(date +%T) end   $name, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$load_log"
}

# name, main class, then its arguments; a plain main in its own JVM, load recorded as for scenarios.
load_run() {
  local name=$1 main=$2
  shift 2
  echo "$(date +%T) start $name, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$load_log"
  local status=0
  java -Xms1g -Xmx1g -cp "$jar" "$main" "$@" > "$out/$name.txt" 2>&1 || status=$?
  echo "$(date +%T) end   $name, load $(cut -d' ' -f1-3 /proc/loadavg), exit status $status" | tee -a "$load_log"
  return $status
}

if [ "$kafka" = true ]; then
  status=0
  load_run throughput-sync dev.sandboxtests.benchmarks.kafka.ConsumerThroughput --commit sync || status=$?
  # Read-bound, a pass of 200,000 records takes ≈ 0.1 s: five times as many make it long enough to time.
  load_run throughput-async dev.sandboxtests.benchmarks.kafka.ConsumerThroughput --commit async --records 1000000 || status=$?
  scenario record-routing '\.RecordRoutingBenchmark\.' -prof gc
  load_run mixed-run dev.sandboxtests.benchmarks.kafka.MixedRunCheck || status=$?
  {
    for name in throughput-sync throughput-async; do
      echo "## $name"
      echo
      sed -n '/^Load average/,$p' "$out/$name.txt"
      echo
    done
    echo "## record-routing (JMH: ns per record, and bytes allocated per record)"
    echo
    sed -n '/^Benchmark /,$p' "$out/record-routing.txt" | grep -v -E ':gc\.(alloc\.rate |count|time)'
    echo
    echo "## mixed-run"
    echo
    sed -n '/^Mixed run/,$p' "$out/mixed-run.txt"
  } | tee "$out/summary.md"
  exit $status
fi

if [ "$grpc" = true ]; then
  # One JMH run: the three paths of each method are measured back to back (same load, same JVM settings).
  scenario grpc-router '\.GrpcRouterBenchmark\.'
  java -cp "$jar" dev.sandboxtests.benchmarks.grpc.GrpcRouterSummary "$out/grpc-router.json" | tee "$out/summary.md"
  exit 0
fi

for size in 7kb 75kb 1mb; do
  for differing in all onePercent; do
    scenario "ordered-$size-$differing" '\.OrderedDiffBenchmark\.' -p size=$size -p differing=$differing
  done
done
scenario unordered-1000-onePercent '\.UnorderedDiffBenchmark\.'

# What each library reported before it was timed (see ResultCheck), and any warning about smart-diff.
{ grep -h "result check" "$out"/*.txt || true; } | sed 's/^.*\[result check\]/[result check]/' | sort -u > "$out/result-checks.txt"
grep "WARNING" "$out/result-checks.txt" || true

java -cp "$jar" dev.sandboxtests.benchmarks.BenchmarkSummary "$out"/*.json | tee "$out/summary.md"

# Exit status 1 means "not met"; the run itself still succeeded.
java -Xmx512m -cp "$jar" dev.sandboxtests.benchmarks.LargeDocumentCheck | tee "$out/large-document-check.txt" || true
