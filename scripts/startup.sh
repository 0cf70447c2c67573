#!/usr/bin/env bash
# Measures the start-up of the packaged command line: the median wall time of 7 runs (after 2 warm-ups) of
#   java -version
#   java -jar rubric-cli/target/rubric.jar --version
#   java -jar rubric-cli/target/rubric.jar validate <a bundled catalog file>
# and the same two commands through the launcher bin/rubric (which uses the class-data-sharing archive; not
# with JAR).
# Builds nothing: package first (./mvnw -B -o verify -pl rubric-cli -am -DskipTests).
#
#   scripts/startup.sh [FILE]      FILE: the file to validate (default: the bundled family-engagement-rubric)
#   JAVA=/path/to/java scripts/startup.sh    measure another JDK (the launcher uses JAVA_HOME)
#   JAR=/path/to/rubric.jar scripts/startup.sh    measure another build of the jar (such as the one before a change)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${JAR:-$root/rubric-cli/target/rubric.jar}"
launcher="$root/bin/rubric"
file="${1:-$root/rubric-examples/src/main/resources/org/engagementrubrics/examples/catalog/family-engagement-rubric.json}"
java="${JAVA:-java}"
if [[ ! -f "$jar" ]]; then
  echo "startup: package rubric-cli first (./mvnw -B -o verify -pl rubric-cli -am -DskipTests)" >&2
  exit 2
fi

# median COMMAND...: runs the command 2 times unmeasured, then 7 times, and prints the median wall time and the
# median CPU time (user + system, which the load of other processes on the machine disturbs less), in ms
median() {
  local walls=() cpus=() start end cpu
  local times; times="$(mktemp)"
  for _ in 1 2; do "$@" >/dev/null 2>&1 || true; done
  for _ in 1 2 3 4 5 6 7; do
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S' -o "$times" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    walls+=($(( (end - start) / 1000000 )))
    cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$times")
    cpus+=("$cpu")
  done
  rm -f "$times"
  printf '%6s ms wall %6s ms cpu' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 4p)" \
      "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 4p)"
}

row() {
  local label="$1"; shift
  printf "%-58s %s\n" "$label" "$(median "$@")"
}

"$java" -version 2>&1 | head -1
row "java -version" "$java" -version
row "java -jar rubric.jar --version" "$java" -jar "$jar" --version
row "java -jar rubric.jar validate $(basename "$file")" "$java" -jar "$jar" validate "$file"
if [[ -z "${JAR:-}" && -x "$launcher" ]]; then
  row "rubric --version (launcher)" "$launcher" --version
  row "rubric validate $(basename "$file") (launcher)" "$launcher" validate "$file"
fi
