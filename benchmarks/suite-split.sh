#!/usr/bin/env bash
# Issue 14's split of the samples' suite (docs/benchmarks.md, "The samples' suite, split"): runs the suite once
# with the samples' profile suite-timing, timing the whole Maven command from outside and noting the machine's
# load before and after, then prints SuiteTimeSplit's tables for the recording the test JVM left.
#
# Usage, from anywhere, after `mvn -B compile -pl benchmarks -am` (SuiteTimeSplit needs only the JDK to run):
#   bash benchmarks/suite-split.sh [extra Maven arguments, e.g. -o]
# Writes to $SUITE_SPLIT_OUT (default benchmarks/target/suite-split): maven.log, suite-timing.jfr, split.md.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${SUITE_SPLIT_OUT:-benchmarks/target/suite-split}
classes=benchmarks/target/classes
if [ ! -f "$classes/dev/sandboxtests/benchmarks/suite/SuiteTimeSplit.class" ]; then
  echo "No SuiteTimeSplit in $classes: compile it first with mvn -B compile -pl benchmarks -am" >&2
  exit 1
fi
mkdir -p "$out"
recording=samples/target/suite-timing.jfr
rm -f "$recording"

load_before=$(uptime)
start_ms=$(date +%s%3N)
status=0
mvn -B "$@" verify -pl samples -am -Dlibrary.tests.skip=true -Psuite-timing > "$out/maven.log" 2>&1 || status=$?
end_ms=$(date +%s%3N)
load_after=$(uptime)
if [ "$status" -ne 0 ]; then
  echo "The suite failed (exit status $status): see $out/maven.log" >&2
  exit "$status"
fi
cp "$recording" "$out/suite-timing.jfr"

{
  echo "Command: mvn -B $* verify -pl samples -am -Dlibrary.tests.skip=true -Psuite-timing"
  echo "Wall time of the command: $((end_ms - start_ms)) ms"
  echo "Load before: $load_before"
  echo "Load after:  $load_after"
  echo
  java -cp "$classes" dev.sandboxtests.benchmarks.suite.SuiteTimeSplit "$out/suite-timing.jfr" \
      --command-ms=$((end_ms - start_ms))
} | tee "$out/split.md"
