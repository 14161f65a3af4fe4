#!/bin/bash
# Benchmark of issue 6 speed point 1 (docs/performance.md): needs a PostgreSQL on localhost:55432 with a database "bench".
# Import of 5 M touchpoints through the app vs a raw PostgreSQL COPY of the same file into an unindexed
# table, side by side on the same server. Usage: import-bench.sh APP_JAR CSV
set -e
JAR=$1; CSV=$2; PG="psql -h localhost -p 55432 -U postgres -d bench -q -t -A"
ms() { date +%s%3N; }
raw_copy() {
  $PG -c "drop table if exists raw_tp" -c "create table raw_tp (user_id text, ts timestamptz, channel text, conversion_value numeric)"
  local t0=$(ms); $PG -c "\\copy raw_tp from '$CSV' with (format csv, header true)"; local t1=$(ms)
  echo "raw COPY (psql \\copy, client streams the file): $((t1 - t0)) ms, load $(cut -d' ' -f1 /proc/loadavg)"
}
java -Xmx1g -jar $JAR --server.port=8081 --spring.datasource.url=jdbc:postgresql://localhost:55432/bench \
  --spring.datasource.username=postgres --planner.demo.enabled=false --planner.admin.username=bench \
  --planner.admin.password=bench-password-1 --planner.imports.work-dir=/tmp/imp/work > /tmp/imp/app.log 2>&1 &
APP=$!
until curl -sf -u bench:bench-password-1 localhost:8081/api/v1/imports > /dev/null; do sleep 2; done
$PG -c "insert into channel (code, name, name_zh, channel_class) select c, c, c, 'DIGITAL' from unnest(array['direct','paid_search','organic_search','social_paid','email','display','social_organic','affiliate','video','referral','push','sms']) c on conflict do nothing"
import_once() {
  local t0=$(ms)
  local loc=$(curl -s -D - -o /dev/null -u bench:bench-password-1 -H 'Content-Type: text/csv' --data-binary @$CSV \
    "localhost:8081/api/v1/imports?kind=touchpoints$1" | grep -i '^location' | tr -d '\r' | cut -d' ' -f2)
  local t1=$(ms); local max=0
  while true; do
    rss=$(ps -o rss= -p $APP); [ "$rss" -gt "$max" ] && max=$rss
    body=$(curl -s -u bench:bench-password-1 localhost:8081$loc)
    case "$body" in *SUCCEEDED*|*FAILED*) break;; esac; sleep 0.5
  done
  local t2=$(ms)
  echo "import$1: upload $((t1 - t0)) ms + job $((t2 - t1)) ms = $((t2 - t0)) ms; app RSS max $((max / 1024)) MB; load $(cut -d' ' -f1 /proc/loadavg)"
  echo "  $(echo $body | grep -o '"status":"[A-Z]*","rowsRead":[0-9]*,"rowsStored":[0-9]*')"
}
fresh() { $PG -c "truncate touchpoint" -c "delete from marketing_data_day"; }
raw_copy; fresh; import_once ""
raw_copy; fresh; import_once ""
raw_copy; echo "again, same file over the stored rows (anti-join road):"; import_once ""
kill $APP
