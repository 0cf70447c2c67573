#!/usr/bin/env bash
# Builds rubric-benchmarks, runs the JMH suite (six pairs: ours vs a hand-written baseline) and writes
# bench/results/latest.json and bench/results/latest.md, with the JOL memory figures.
#
#   bench/run.sh [--quick] [JMH_REGEX]
#
#   (default)  2 forks x 8 measured iterations of 2 s after 5 warm-up iterations of 2 s, one thread:
#              a stable median on 2 cores when nothing else runs (about 20 minutes)
#   --quick    1 fork x 5 iterations of 1 s after 3 warm-ups of 1 s (about 5 minutes), for a busy machine
#   JMH_REGEX  only the benchmarks matching it (e.g. Alpha); the report then holds only those pairs
#
# Every run uses -prof gc, so each row also has gc.alloc.rate.norm (bytes per operation).
# Overrides: BENCH_FORKS, BENCH_WARMUPS, BENCH_ITERATIONS, BENCH_TIME (e.g. 2s), JAVA (default: java).
set -euo pipefail
cd "$(dirname "$0")/.."

forks=2 warmups=5 iterations=8 time=2s
if [[ "${1:-}" == "--quick" ]]; then
  forks=1 warmups=3 iterations=5 time=1s
  shift
fi
forks=${BENCH_FORKS:-$forks} warmups=${BENCH_WARMUPS:-$warmups}
iterations=${BENCH_ITERATIONS:-$iterations} time=${BENCH_TIME:-$time}
java=${JAVA:-java}
regex=${1:-org.engagementrubrics.benchmarks.}

./mvnw -B -o -q -Pbench package -pl rubric-benchmarks -am -DskipTests
jar=rubric-benchmarks/target/benchmarks.jar
out=bench/results
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

settings="JMH 1.37, ${forks} fork(s) x ${iterations} iterations of ${time} after ${warmups} warm-ups of ${time}, 1 thread, -prof gc, average time per operation"
echo "== $settings"
"$java" -jar "$jar" "$regex" -f "$forks" -wi "$warmups" -i "$iterations" -w "$time" -r "$time" -t 1 \
  -prof gc -rf json -rff "$work/jmh.json"

echo "== memory (JOL)"
"$java" -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true -cp "$jar" org.engagementrubrics.benchmarks.Footprint 2>/dev/null \
  | tee "$work/footprint.txt"

load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
"$java" -cp "$jar" org.engagementrubrics.benchmarks.Report "$work/jmh.json" "$out" \
  "$settings; load average at the end: $load" "$work/footprint.txt"
cat "$out/latest.md"
