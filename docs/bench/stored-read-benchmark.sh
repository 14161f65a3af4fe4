#!/bin/bash
# Benchmark of issue 6 speed point 2 (docs/performance.md, "Stored reads"): attribution (all nine models) over
# 1 M stored journeys (≈ 3 M touchpoints) and the 5-step funnel over 10 M stored events, computed end to end
# from the database as the app's services compute them (docs/bench/StoredReadBench.java).
# Needs a PostgreSQL with a database "bench_read" (PGDB; PGPORT, default 55432; see import-benchmark.sh for one way to start
# one). The data go in through the app's import (REST) once. Usage, from the repository root after
# `./mvnw -B package -DskipTests`:  bash docs/bench/stored-read-benchmark.sh [RUNS]
set -e
RUNS=${1:-5}; PGPORT=${PGPORT:-55432}; DB=${PGDB:-bench_read}
J=planner-analytics/target/planner-analytics-cli.jar
APP=planner-web/target/planner-web-0.1.0-SNAPSHOT.jar
D=${BENCH_DIR:-/tmp/stored-bench}; mkdir -p "$D/work"
PG="psql -h localhost -p $PGPORT -U postgres -d $DB -q -t -A"
U=bench; P=bench-password-1; URL=localhost:${PORT:-8081}
[ -f "$D/tp.csv" ] || java -jar $J generate-journeys --journeys 1000000 --seed 42 --out "$D/paths.csv" --touchpoints-out "$D/tp.csv"
[ -f "$D/events.csv" ] || java -jar $J generate-events --users 1000000 --events 10000000 --seed 1 --out "$D/events.csv"

if [ "$($PG -c "select count(*) from marketing_data_day" 2>/dev/null || echo 0)" = "0" ]; then
  java -Xmx1g -jar $APP --server.port=${PORT:-8081} --spring.datasource.url=jdbc:postgresql://localhost:$PGPORT/$DB \
    --spring.datasource.username=postgres --planner.demo.enabled=false --planner.admin.username=$U \
    --planner.admin.password=$P --planner.imports.work-dir="$D/work" > "$D/app.log" 2>&1 &
  APP_PID=$!; trap 'kill $APP_PID 2>/dev/null' EXIT
  until curl -sf -u $U:$P $URL/api/v1/imports > /dev/null; do sleep 2; done
  # the generator's channel names as catalog codes (the catalog's page would not take the underscores)
  $PG -c "insert into channel (code, name, name_zh, channel_class) select c, c, c, 'DIGITAL' from unnest(array['direct',
    'paid_search','organic_search','social_paid','email','display','social_organic','affiliate','video','referral',
    'push','sms']) c on conflict do nothing"
  for kind in touchpoints events; do
    file="$D/tp.csv"; [ $kind = events ] && file="$D/events.csv"
    loc=$(curl -s -D - -o /dev/null -u $U:$P -H 'Content-Type: text/csv' --data-binary @"$file" \
      "$URL/api/v1/imports?kind=$kind" | grep -i '^location' | tr -d '\r' | cut -d' ' -f2)
    until curl -s -u $U:$P "$URL$loc" | grep -q '"status":"\(SUCCEEDED\|FAILED\)"'; do sleep 2; done
    echo "import $kind: $(curl -s -u $U:$P "$URL$loc" | grep -o '"status":"[A-Z]*","rowsRead":[0-9]*,"rowsStored":[0-9]*')"
  done
  kill $APP_PID; trap - EXIT
fi
# the app's own classes and libraries, as the application runs them
rm -rf "$D/app" && mkdir -p "$D/app" && (cd "$D/app" && jar xf "$OLDPWD/$APP")
CP="$D/app/BOOT-INF/classes:$D/app/BOOT-INF/lib/*"
URLDB="jdbc:postgresql://localhost:$PGPORT/$DB?user=postgres"
java -Xmx2g -cp "$CP" docs/bench/StoredReadBench.java "$URLDB" attribution 2025-01-01 2026-01-31 "$RUNS"
java -Xmx2g -cp "$CP" docs/bench/StoredReadBench.java "$URLDB" funnel 2026-01-01 2026-12-31 "$RUNS"
