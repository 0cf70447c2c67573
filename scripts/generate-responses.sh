#!/usr/bin/env bash
# Writes a large JSON Lines file of responses on the 4 Versions matrix, for memory and speed checks of rubric.jar.
#
#   scripts/generate-responses.sh COUNT FILE [SEED]
#
# Each response marks each of the matrix's statements with probability 0.3, from a seeded generator (default
# seed 20261130), so the same arguments give the same file. Runs GeneratedResponses from rubric-cli's test
# classes: build first (./mvnw -B -o verify -pl rubric-cli -am, or with -DskipTests).
#
# Example (docs/cli.md, "Memory"):
#   scripts/generate-responses.sh 100000 /tmp/responses.jsonl
#   /usr/bin/time -v java -Xmx64m -jar rubric-cli/target/rubric.jar score \
#       --instrument four-versions-of-partnerships --response /tmp/responses.jsonl --format jsonl > /tmp/out.jsonl
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/rubric-cli/target/rubric.jar"
classes="$root/rubric-cli/target/test-classes"
if [[ ! -f "$jar" || ! -f "$classes/org/engagementrubrics/cli/GeneratedResponses.class" ]]; then
  echo "generate-responses: build rubric-cli first (./mvnw -B -o verify -pl rubric-cli -am -DskipTests)" >&2
  exit 2
fi
exec java -Dorg.jboss.logging.provider=slf4j -cp "$jar:$classes" org.engagementrubrics.cli.GeneratedResponses "$@"
