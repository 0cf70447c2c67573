#!/usr/bin/env bash
# Pools the same JSON Lines survey responses twice, with the single-machine CLI ('rubric score --format json')
# and with RubricSparkJob on a local[2] master, compares the bytes, and prints both commands' wall times.
#
#   scripts/spark-compare.sh [RESPONSES]      (default: 1,000,000 generated guardian-survey responses)
#
# Needs a JDK 17+ and Python 3 (for the generator); builds the CLI jar and rubric-spark offline with ./mvnw.
# Spark is not installed here: the job runs on plain java with rubric-spark's classpath (Spark included),
# with the --add-opens flags that spark-submit would add.
set -euo pipefail
cd "$(dirname "$0")/.."

responses=${1:-/tmp/spark-survey1m.jsonl}
instrument=rubric-examples/src/main/resources/org/engagementrubrics/examples/catalog/guardian-survey.json
work=$(mktemp -d /tmp/spark-compare.XXXXXX)

if [ ! -s "$responses" ]; then
  echo "== generating 1,000,000 responses into $responses =="
  python3 /work/gen/gen_survey.py 1000000 > "$responses"
fi

echo "== building rubric.jar and rubric-spark =="
./mvnw -B -o -q package -DskipTests -DskipITs -pl rubric-cli,rubric-spark -am
./mvnw -B -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl rubric-spark -am -Dmdep.includeScope=compile \
  -Dmdep.outputFile="$work/classpath.txt" > /dev/null
# our modules from this build, never a copy in the local repository; the rest is Spark and its dependencies
deps=$(tr ':' '\n' < "$work/classpath.txt" | grep -v '/org/engagementrubrics/' | paste -sd: -)
classpath="rubric-spark/target/classes:rubric-core/target/classes:rubric-json/target/classes:$deps"

opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done

now() { date +%s.%N; }
export SPARK_LOCAL_IP=127.0.0.1   # every Spark socket on loopback only

echo "== rubric score --format json =="
cli_cmd=(java -jar rubric-cli/target/rubric.jar score --instrument guardian-survey --response "$responses" --format json)
echo "${cli_cmd[*]} > $work/cli.json"
t0=$(now); "${cli_cmd[@]}" > "$work/cli.json" 2> "$work/cli.err" || true; t1=$(now)
tail -1 "$work/cli.err"

echo "== RubricSparkJob on local[2] =="
job_cmd=(java -Xmx4g $opens -Dlog4j2.level=warn -cp "$classpath" org.engagementrubrics.spark.RubricSparkJob
  --master 'local[2]' --instrument "$instrument" --responses "$responses" --out "$work/spark")
echo "java -Xmx4g <add-opens> -cp <rubric-spark classpath> org.engagementrubrics.spark.RubricSparkJob --master local[2] --instrument $instrument --responses $responses --out $work/spark"
t2=$(now); "${job_cmd[@]}" 2> "$work/spark.err" || true; t3=$(now)

printf 'cli   wall: %.1f s\n' "$(echo "$t1 - $t0" | bc)"
printf 'spark wall: %.1f s\n' "$(echo "$t3 - $t2" | bc)"
if cmp "$work/cli.json" "$work/spark/result.json"; then
  echo "IDENTICAL: $(wc -c < "$work/cli.json") bytes, sha256 $(sha256sum < "$work/cli.json" | cut -c1-16)"
else
  echo "DIFFERENT: see $work/cli.json and $work/spark/result.json"; exit 1
fi
