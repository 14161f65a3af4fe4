#!/bin/bash
# The three speed points of issue 6 measured side by side in one run (docs/performance.md, "Data import and stored
# marketing data"): (1) import of 5 M touchpoints vs a raw COPY, (2) stored reads for attribution and the funnel,
# (3) the CLI funnel vs DuckDB. Prints the machine load (uptime) before each part.
# Needs a PostgreSQL on localhost:$PGPORT with databases "bench" and "bench_read" (see import-benchmark.sh).
# Usage, from the repository root after `./mvnw -B package -DskipTests`:
#   PGPORT=55433 bash docs/bench/issue6-speed.sh TOUCHPOINTS_5M.csv [RUNS]
set -e
CSV=$1; RUNS=${2:-2}
APP=planner-web/target/planner-web-0.1.0-SNAPSHOT.jar
echo "== $(date -u +%FT%TZ) $(git rev-parse --short HEAD 2>/dev/null); uptime: $(uptime)"
echo "== 1. import of $(($(wc -l < "$CSV") - 1)) touchpoints vs a raw COPY"
bash docs/bench/import-benchmark.sh "$APP" "$CSV" "$RUNS"
echo "== uptime: $(uptime)"
echo "== 2. stored reads (attribution over 1 M journeys, funnel over 10 M events)"
bash docs/bench/stored-read-benchmark.sh $((RUNS + 1))
echo "== uptime: $(uptime)"
echo "== 3. CLI funnel --events (10 M rows) vs DuckDB"
bash docs/bench/cli-funnel-vs-duckdb.sh $((RUNS + 1))
echo "== $(date -u +%FT%TZ) uptime: $(uptime)"
