#!/usr/bin/env bash
# Installs the API baseline that -P api-check compares with: builds the library modules of the git ref named in
# api-baseline.properties (ref=, version=) in a temporary copy of that commit, and installs their jars as that
# version into a private local repository, target/api-baseline-repo (never into ~/.m2). Then:
#
#   ./mvnw -B verify -P api-check -DskipTests -DskipITs -pl rubric-core,rubric-json,rubric-testkit,rubric-examples
#
# fails on any binary- or source-incompatible change to the exported API (reports in <module>/target/japicmp/).
#
#   scripts/api-baseline.sh [MAVEN ARGS...]   e.g. -o to build offline
# Does nothing when the repository already holds that ref's jars (a clean removes it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
props="$root/api-baseline.properties"
ref="$(sed -n 's/^ref=//p' "$props")"
version="$(sed -n 's/^version=//p' "$props")"
[[ -n "$ref" && -n "$version" ]] || { echo "api-baseline: $props needs ref= and version=" >&2; exit 2; }
modules=(rubric-core rubric-json rubric-testkit rubric-examples)
repo="$root/target/api-baseline-repo"
marker="$repo/.ref"

if [[ -f "$marker" && "$(cat "$marker")" == "$ref $version" ]]; then
  echo "api-baseline: $version ($ref) already in $repo"
  exit 0
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/rubric-api-baseline.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "api-baseline: building $ref as $version"
git -C "$root" archive --format=tar "$ref" | tar -x -C "$work"
pl="$(IFS=,; echo "${modules[*]}")"
(cd "$work" && ./mvnw -B -q package -DskipTests -DskipITs -Drubric.cds.skip=true -pl "$pl" -am "$@")

rm -rf "$repo"
mkdir -p "$repo"
for m in "${modules[@]}"; do
  jar="$(ls "$work/$m/target/$m-"*.jar | grep -v -- '-sources\|-javadoc' | head -1)"
  (cd "$root" && ./mvnw -B -q -N install:install-file -Dfile="$jar" -DgroupId=org.engagementrubrics \
    -DartifactId="$m" -Dversion="$version" -Dpackaging=jar -DgeneratePom=true -DlocalRepositoryPath="$repo" "$@")
  echo "api-baseline: installed $m-$version.jar"
done
echo "$ref $version" > "$marker"
