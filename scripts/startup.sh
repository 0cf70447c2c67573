#!/usr/bin/env bash
# Measures the start-up of the packaged command line: the median wall time of 7 runs (after 2 warm-ups) of
#   java -version
#   java -jar rubric-cli/target/rubric.jar --version
#   java -jar rubric-cli/target/rubric.jar validate <a bundled catalog file>
# and, when the launcher rubric-cli/target/rubric exists, the same two commands through it.
# Builds nothing: package first (./mvnw -B -o verify -pl rubric-cli -am -DskipTests).
#
#   scripts/startup.sh [FILE]      FILE: the file to validate (default: the bundled family-engagement-rubric)
#   JAVA=/path/to/java scripts/startup.sh    measure another JDK (the launcher uses JAVA_HOME)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/rubric-cli/target/rubric.jar"
launcher="$root/rubric-cli/target/rubric"
file="${1:-$root/rubric-examples/src/main/resources/org/engagementrubrics/examples/catalog/family-engagement-rubric.json}"
java="${JAVA:-java}"
if [[ ! -f "$jar" ]]; then
  echo "startup: package rubric-cli first (./mvnw -B -o verify -pl rubric-cli -am -DskipTests)" >&2
  exit 2
fi

# median_ms COMMAND...: runs the command 2 times unmeasured, then 7 times, and prints the median wall in ms
median_ms() {
  local runs=() start end
  for _ in 1 2; do "$@" >/dev/null 2>&1 || true; done
  for _ in 1 2 3 4 5 6 7; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    runs+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 4p
}

row() {
  local label="$1"; shift
  printf '%-60s %6s ms\n' "$label" "$(median_ms "$@")"
}

"$java" -version 2>&1 | head -1
row "java -version" "$java" -version
row "java -jar rubric.jar --version" "$java" -jar "$jar" --version
row "java -jar rubric.jar validate $(basename "$file")" "$java" -jar "$jar" validate "$file"
if [[ -x "$launcher" ]]; then
  row "rubric --version (launcher)" "$launcher" --version
  row "rubric validate $(basename "$file") (launcher)" "$launcher" validate "$file"
fi
