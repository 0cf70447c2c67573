#!/usr/bin/env bash
# Fuzzes the JSON readers with Jazzer: each fuzz method of ReaderFuzzTest for a given time.
#
#   scripts/fuzz.sh [-j JOBS] [DURATION] [TARGET...]
#
#   DURATION  per target, in Jazzer's form (30s, 10m, 1h); default 10m
#   TARGET    methods of ReaderFuzzTest; default: instrument response responseStream result tally surveyByGroup coverage
#   -j JOBS   how many targets fuzz at the same time (each uses one core); default 1
#
# Logs:     rubric-json/target/fuzz/<target>.log (Jazzer's output: executions, exec/s, coverage)
# Corpus:   rubric-json/.cifuzz-corpus/org.engagementrubrics.json.fuzz.ReaderFuzzTest/<target>/
#           (inputs the fuzzer found interesting; ignored by git, reused by the next run)
# Findings: rubric-json/src/test/resources/org/engagementrubrics/json/fuzz/ReaderFuzzTestInputs/<target>/crash-<sha1>
#           A finding is a regression input: every later build runs it and fails until the reader is fixed.
#           See docs/fuzzing.md for what to do with one.
#
# Jazzer stops a target at its first finding; JAZZER_KEEP_GOING=N in the environment keeps fuzzing until
# N distinct findings (e.g. to look past a known, not yet fixed one).
#
# Runs offline (-o) through the reactor of this worktree; ./mvnw must have resolved the dependencies before.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs=1
if [[ "${1:-}" == "-j" ]]; then
  jobs="${2:?-j needs a number}"
  shift 2
fi
duration="${1:-10m}"
[[ $# -gt 0 ]] && shift
if ! [[ "$duration" =~ ^[0-9]+[smhd]?$ ]]; then
  echo "usage: $0 [-j JOBS] [DURATION like 30s, 10m, 1h] [TARGET...]" >&2
  exit 2
fi
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(instrument response responseStream result tally surveyByGroup coverage)
fi

logs="$root/rubric-json/target/fuzz"
cd "$root"
# Compile once, so that the fuzzing builds below (which may run side by side) find nothing to compile.
./mvnw -B -o -q test-compile -pl rubric-json -am
mkdir -p "$logs"

fuzz() {
  local target="$1"
  echo "fuzzing ReaderFuzzTest#$target for $duration: $logs/$target.log"
  # JAZZER_FUZZ=1 fuzzes instead of running the seeds; JAZZER_MAX_DURATION overrides @FuzzTest(maxDuration).
  if JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" ./mvnw -B -o test -pl rubric-json -am \
      -Dtest="ReaderFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false >"$logs/$target.log" 2>&1; then
    echo "ReaderFuzzTest#$target: no finding"
  else
    echo "ReaderFuzzTest#$target: FAILED (a finding, or the build failed): see $logs/$target.log"
    return 1
  fi
}

status=0
running=0
for target in "${targets[@]}"; do
  fuzz "$target" &
  running=$((running + 1))
  if [[ $running -ge $jobs ]]; then
    wait -n || status=1
    running=$((running - 1))
  else
    sleep 20 # let the build copy its resources and start the fuzzer before the next one does the same
  fi
done
while [[ $running -gt 0 ]]; do
  wait -n || status=1
  running=$((running - 1))
done
grep -h -E "^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs" "$logs"/*.log 2>/dev/null || true
# With JAZZER_KEEP_GOING the build passes even after a finding: the crash files are what counts.
if ls rubric-json/src/test/resources/org/engagementrubrics/json/fuzz/ReaderFuzzTestInputs/*/crash-* 2>/dev/null; then
  echo "findings above: see docs/fuzzing.md"
  status=1
else
  echo "no crash inputs in the Inputs folders"
fi
exit $status
