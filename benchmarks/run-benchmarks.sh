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
# Usage, from anywhere, after `mvn -B package -pl benchmarks -am -DskipTests` in the repository root:
#   bash benchmarks/run-benchmarks.sh [output-directory]          (default: benchmarks/target/benchmark-results)
#   bash benchmarks/run-benchmarks.sh --grpc [output-directory]   (default: benchmarks/target/grpc-router-results)
set -euo pipefail
cd "$(dirname "$0")/.."

grpc=false
if [ "${1:-}" = "--grpc" ]; then
  grpc=true
  shift
fi

jar=benchmarks/target/benchmarks.jar
if [ "$grpc" = true ]; then
  out=${1:-benchmarks/target/grpc-router-results}
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
