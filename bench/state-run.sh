#!/usr/bin/env bash
# The state-sized run: scores generated guardian survey responses (JSON Lines bytes made on the fly, never a
# file) through the same reader and tallies as 'rubric score', one tally per core, merged; the JVM is capped
# at -Xmx64m. Prints the wall time, responses per second, peak RSS and the heap figures.
#
#   bench/state-run.sh [RESPONSES [THREADS]]     default 50000000 responses on 2 threads
#
# Try 1000000 first. Builds rubric-benchmarks first unless BENCH_NO_BUILD=1. JAVA overrides the java command.
set -euo pipefail
cd "$(dirname "$0")/.."
responses=${1:-50000000}
threads=${2:-2}
java=${JAVA:-java}
if [[ "${BENCH_NO_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -o -q -Pbench package -pl rubric-benchmarks -am -DskipTests
fi
command=("$java" -Xmx64m -XX:+ExitOnOutOfMemoryError -cp rubric-benchmarks/target/benchmarks.jar
  org.engagementrubrics.benchmarks.StateRun "$responses" "$threads")
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -v "${command[@]}" 2> >(grep -E "Maximum resident|Elapsed|Exit status" >&2)
else
  "${command[@]}"
fi
