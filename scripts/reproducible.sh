#!/usr/bin/env bash
# Checks that the build is reproducible: builds every artifact twice from clean, in two copies of the source tree
# at different paths (so that no absolute path may leak in), with the release profile (jars, sources, javadoc
# with doclint, CycloneDX SBOMs, the shaded rubric.jar), and compares every jar and SBOM byte for byte. Prints
# each artifact that differs with the entries that differ, and exits 1 when any does.
#
#   scripts/reproducible.sh [MAVEN ARGS...]   e.g. -Dmaven.javadoc.failOnWarnings=false while the comments are
#                                             being fixed; not -o: offline, the SBOM goal is skipped (it needs
#                                             Maven online) and no SBOM is compared
#   KEEP=1 scripts/reproducible.sh            keeps the two build trees (printed) for a closer look
#
# Left out of the comparison: the class-data-sharing archive (rubric.jsa, made by running a JVM; not built here,
# -Drubric.cds.skip=true) and the benchmarks' shaded jar (-P bench only; the benchmarks' plain jar is compared).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/rubric-reproducible.XXXXXX")"
if [[ "${KEEP:-0}" != 1 ]]; then
  trap 'rm -rf "$work"' EXIT
fi

# copy SOURCE DEST: the tracked and untracked, not ignored files of the tree, as the next commit would have them
copy() {
  mkdir -p "$2"
  (cd "$1" && git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do [[ -e "$f" ]] && printf '%s\0' "$f"; done \
    | xargs -0 cp --parents -t "$2")
}

# build DIR: the release artifacts, no tests (the tests run in .ci/run's own verify)
build() {
  (cd "$1" && ./mvnw -B -q clean package -P release -DskipTests -DskipITs -Drubric.cds.skip=true "${@:2}")
}

# artifacts DIR: the relative paths of the artifacts to compare, sorted
artifacts() {
  (cd "$1" && find . -path '*/target/*' -maxdepth 3 -type f \( -name '*.jar' -o -name '*-cyclonedx.json' \) | sort)
}

for side in a b; do
  echo "reproducible: building copy $side"
  copy "$root" "$work/$side"
  build "$work/$side" "$@"
done

differ=0
count=0
while IFS= read -r f; do
  count=$((count + 1))
  if [[ ! -f "$work/b/$f" ]]; then
    echo "DIFFERS  $f (missing from the second build)"; differ=1; continue
  fi
  if cmp -s "$work/a/$f" "$work/b/$f"; then
    echo "same     $f"
  else
    echo "DIFFERS  $f"
    differ=1
    if [[ "$f" == *.jar ]]; then
      # the entries whose CRC, size or time differ
      diff <(unzip -v "$work/a/$f" | awk 'NR>3 {print $1, $5, $6, $7, $8}') \
           <(unzip -v "$work/b/$f" | awk 'NR>3 {print $1, $5, $6, $7, $8}') | sed 's/^/         /' | head -20 || true
    else
      diff "$work/a/$f" "$work/b/$f" | sed 's/^/         /' | head -20 || true
    fi
  fi
done < <(artifacts "$work/a")
if [[ "$(artifacts "$work/a")" != "$(artifacts "$work/b")" ]]; then
  echo "DIFFERS  the two builds made different sets of artifacts"; differ=1
fi
if [[ "$count" -eq 0 ]]; then
  echo "reproducible: no artifact was built" >&2; exit 1
fi
[[ "${KEEP:-0}" == 1 ]] && echo "reproducible: builds kept in $work"
if [[ "$differ" -ne 0 ]]; then
  echo "reproducible: FAILED, artifacts differ between two builds of the same source" >&2
  exit 1
fi
echo "reproducible: all $count artifacts are byte-identical across two clean builds"
