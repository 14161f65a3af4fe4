#!/bin/bash
# Benchmark of issue 6 speed point 2 (docs/performance.md, "Analytics over stored data"): the attribution
# endpoint (all nine models) over 1 M stored journeys (≈ 3 M touchpoints) when computed and when cached, and
# the event funnel over 10 M stored events when computed, through the running application and its REST API
# (embedded PostgreSQL in $BENCH_DIR/pg). Run from the repository root after `./mvnw -B package -DskipTests`.
# Wall time is curl's total; "app CPU" is the CPU the application process used for the request (utime + stime
# from /proc), "PostgreSQL CPU" the same for the embedded server and its backends; a loaded machine inflates
# CPU time far less than the wall time. Data stored by an older version are migrated at the app's first start
# (V15 numbers the users: about 2.5 min for the 13 M rows at load 20) before anything is measured.
set -e
J=${CLI_JAR:-planner-analytics/target/planner-analytics-cli.jar}
APP=${APP_JAR:-planner-web/target/planner-web-0.1.0-SNAPSHOT.jar}
D=${BENCH_DIR:-/tmp/analytics-bench}; PORT=${PORT:-8082}; U=bench; P=bench-password-1
# Maven can leave planner-web's jar as it was when only other modules changed: it would measure old code
for m in planner-analytics planner-domain; do
  if [ -z "$APP_JAR" ] && [ "$m/target/$m-0.1.0-SNAPSHOT.jar" -nt "$APP" ]; then
    echo "$APP is older than $m's jar: rm $APP and run ./mvnw -B package -DskipTests again" >&2; exit 1
  fi
done
URL=localhost:$PORT
mkdir -p "$D"
if [ ! -f "$D/tp.csv" ]; then
  java -jar $J generate-journeys --journeys 1000000 --seed 42 --out "$D/paths.csv" --touchpoints-out "$D/tp-raw.csv"
  # catalog codes take no underscores: paid_search → paid-search (the header keeps its names)
  sed '1!s/_/-/g' "$D/tp-raw.csv" > "$D/tp.csv" && rm "$D/tp-raw.csv"
fi
[ -f "$D/events.csv" ] || java -jar $J generate-events --users 1000000 --events 10000000 --seed 1 --out "$D/events.csv"

PLANNER_ADMIN_USERNAME=$U PLANNER_ADMIN_PASSWORD=$P java -Xmx2g -jar $APP --server.port=$PORT \
  --planner.embedded-db.data-dir="$D/pg" --planner.demo.enabled=false > "$D/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID' EXIT
until curl -sf -u $U:$P $URL/api/v1/plans > /dev/null; do sleep 2; done

json() { curl -s -u $U:$P -H 'Content-Type: application/json' -d "$2" "$URL$1"; }
plan() {
  json /api/v1/plans "{\"title\":\"$1\",\"currency\":\"CNY\",\"language\":\"EN\",\"periodStart\":\"$2\",\"periodEnd\":\"$3\"}" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}
import() {
  local loc
  loc=$(curl -s -D - -o /dev/null -u $U:$P -H 'Content-Type: text/csv' --data-binary @"$2" "$URL/api/v1/imports?kind=$1" \
    | grep -i '^location' | tr -d '\r' | cut -d' ' -f2)
  until curl -s -u $U:$P "$URL$loc" | grep -q '"status":"\(SUCCEEDED\|FAILED\)"'; do sleep 5; done
  echo "import $1: $(curl -s -u $U:$P "$URL$loc" | grep -o '"status":"[A-Z]*","rowsRead":[0-9]*,"rowsStored":[0-9]*')"
}
if [ ! -f "$D/plans" ]; then
  for c in direct paid-search organic-search social-paid email display social-organic affiliate video referral push sms; do
    json /api/v1/channels "{\"code\":\"$c\",\"name\":\"$c\",\"nameZh\":\"$c\",\"channelClass\":\"DIGITAL\"}" > /dev/null
  done
  import touchpoints "$D/tp.csv"
  import events "$D/events.csv"
  echo "$(plan 'Bench journeys' 2025-01-01 2026-01-31) $(plan 'Bench events' 2026-01-01 2026-12-31)" > "$D/plans"
fi
read JOURNEY_PLAN EVENT_PLAN < "$D/plans"

cpu_ms() { awk '{print ($14 + $15) * 10}' /proc/$APP_PID/stat; }
# CPU of the embedded PostgreSQL: its postmaster (the process with the data directory) and its backends
pg_cpu_ms() {
  local pm total=0 p
  pm=$(pgrep -x postgres -a | grep -F -- "$D/pg" | head -1 | cut -d' ' -f1)
  for p in $pm $(pgrep -P "$pm"); do
    total=$((total + $(awk '{print ($14 + $15) * 10}' /proc/$p/stat 2>/dev/null || echo 0)))
  done
  echo $total
}
timed() {
  local c0 p0 wall c1 p1
  c0=$(cpu_ms); p0=$(pg_cpu_ms)
  wall=$(curl -s -o "$D/last.json" -w '%{time_total}' -u $U:$P "$URL$1")
  c1=$(cpu_ms); p1=$(pg_cpu_ms)
  echo "$2: ${wall} s wall, app CPU $((c1 - c0)) ms, PostgreSQL CPU $((p1 - p0)) ms," \
    "$(grep -o '"cached":[a-z]*' "$D/last.json"), load $(cut -d' ' -f1 /proc/loadavg)"
}
A=/api/v1/plans/$JOURNEY_PLAN/analytics/attribution
timed "$A?lookback=P30D" "warm-up (JIT), attribution all models, computed"
for l in P29D P28D P27D P26D; do timed "$A?lookback=$l" "attribution all models, lookback $l, computed"; done
for i in 1 2 3 4 5; do timed "$A?lookback=P30D" "attribution all models, lookback P30D, cached"; done
grep -o '"journeys":[0-9]*' "$D/last.json"
F="/api/v1/plans/$EVENT_PLAN/analytics/funnel?steps=view,cart,checkout,pay,review"
timed "$F&window=P15D" "warm-up (JIT), funnel 5 steps, computed"
for w in P14D P13D P12D; do timed "$F&window=$w" "funnel 5 steps, window $w, computed"; done
for i in 1 2 3; do timed "$F&window=P14D" "funnel 5 steps, window P14D, cached"; done
grep -o '"storedEvents":[0-9]*' "$D/last.json"
