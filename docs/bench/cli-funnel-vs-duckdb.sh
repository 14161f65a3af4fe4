#!/bin/bash
# Benchmark of issue 6 speed point 3 (docs/performance.md, "CLI funnel --events vs DuckDB"): the command line's
# funnel over a 10 M-row event CSV against DuckDB reading the same file and computing a chained funnel, whole
# process each (JVM start included), side by side and alternating, with wall time, CPU and peak memory.
# Usage (repository root, after `./mvnw -B -pl planner-analytics package -DskipTests`):
#   bash docs/bench/cli-funnel-vs-duckdb.sh [RUNS] [OTHER_CLI_JAR]
# OTHER_CLI_JAR (optional): a second build of planner-analytics-cli.jar (e.g. of main) run the same way.
set -e
RUNS=${1:-3}; OTHER=$2
J=planner-analytics/target/planner-analytics-cli.jar
D=${BENCH_DIR:-/tmp/funnel-bench}; mkdir -p "$D"
DUCK=~/.m2/repository/org/duckdb/duckdb_jdbc/1.4.4.0/duckdb_jdbc-1.4.4.0.jar
[ -f "$DUCK" ] || ./mvnw -q dependency:get -Dartifact=org.duckdb:duckdb_jdbc:1.4.4.0
[ -f "$D/events.csv" ] || java -jar $J generate-events --users 1000000 --events 10000000 --seed 1 --out "$D/events.csv"
[ -f "$D/DuckFunnel.class" ] || javac -d "$D" docs/bench/DuckFunnel.java
T="/usr/bin/time -f %e_s_wall,%U_s_user,%S_s_sys,%M_KB_max_RSS"
STEPS=view,cart,checkout,pay,review
for i in $(seq "$RUNS"); do
  echo "run $i, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "  ours:   $($T java -jar $J funnel --events "$D/events.csv" --steps $STEPS 2>&1 >"$D/ours.out" | tail -1)"
  [ -z "$OTHER" ] || echo "  other:  $($T java -jar "$OTHER" funnel --events "$D/events.csv" --steps $STEPS 2>&1 >"$D/other.out" | tail -1)"
  echo "  duckdb: $($T java -cp "$DUCK:$D" DuckFunnel "$D/events.csv" 2>&1 >"$D/duck.out" | tail -1)"
done
echo "ours:";   cat "$D/ours.out"
echo "duckdb:"; cat "$D/duck.out"
