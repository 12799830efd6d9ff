#!/usr/bin/env bash
# Times the statistics' province-wide answers for a year against a running motcua: the public indicators
# endpoint and the dashboard page (logged in as leader1, demo mode), N requests each after 5 warm-up requests.
#   scripts/statistics-benchmark.sh [base-url] [year] [requests]
set -euo pipefail
BASE=${1:-http://localhost:8080}
YEAR=${2:-2025}
N=${3:-100}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

p95() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", a[int(NR/2)]*1000, a[i]*1000, a[NR]*1000}'; }

time_get() {
  local url=$1
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$JAR" "$url"; done
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null -b "$JAR" -w '%{time_total}\n' "$url"; done | p95
}

echo "indicators ($YEAR, province): $(time_get "$BASE/api/v1/statistics/indicators?from=$YEAR-01-01&to=$YEAR-12-31&asOf=$YEAR-12-31")"

csrf=$(curl -s -c "$JAR" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "username=leader1" --data-urlencode "password=motcua2026" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
echo "dashboard page ($YEAR, province): $(time_get "$BASE/statistics?from=$YEAR-01-01&to=$YEAR-12-31&asOf=$YEAR-12-31")"
