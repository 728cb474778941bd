#!/usr/bin/env bash
# Deadline-day load (issue 17): N enterprises at once over HTTP sign in, self-check, save a draft with
# two items, upload a 1 MB PDF, submit and open 我的申报, while K officers page through their task lists.
#   scripts/deadline-day.sh [h2|postgres] [N=200] [K=4] [ramp seconds=0: all at once]
# Prints the table and writes target/scale/deadline-day-<db>.txt, headed by the command, the machine
# and the date. Never fails on speed; fails only if an acknowledged submission is missing afterwards.
# On a shared machine give it its own PostgreSQL: PG_TEST_PORT=55438 PG_TEST_DIR=/tmp/subsidy-pg-17b
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"
users="${2:-200}"
officers="${3:-4}"
ramp="${4:-0}"
args=(-Dtest=DeadlineDayBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dscale.deadline=true
      -Dscale.deadline.users="$users" -Dscale.deadline.officers="$officers" -Dscale.deadline.ramp-seconds="$ramp" -DargLine="-Xmx2g" -Dsurefire.timeout=0)
mkdir -p target/scale
if [ "$db" = postgres ]; then
  scripts/postgres-test-server.sh start >/dev/null
  profile=(-Ppostgres-tests -Dscale.pg.port="${PG_TEST_PORT:-55432}")
  # the deployment's own settings for PostgreSQL (application-postgres.yaml: the pool size)
  args+=(-Dspring.profiles.active=postgres)
else
  profile=()
fi
env_note=""
[ "$db" = postgres ] && env_note="PG_TEST_PORT=${PG_TEST_PORT:-55432} PG_TEST_DIR=${PG_TEST_DIR:-/tmp/subsidy-pg} "
header="$(printf '$ %sscripts/deadline-day.sh %s %s %s %s\nmachine: %s cores (nproc), %s, load average at start %s\ndate: %s\n' \
  "$env_note" "$db" "$users" "$officers" "$ramp" "$(nproc)" "$(free -g | awk '/^Mem:/ {print $2 " GiB RAM"}')" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$(date -u '+%Y-%m-%d %H:%M UTC')")"
out="target/scale/deadline-day-$db.txt"
rm -f "$out"
status=0
./mvnw -B -q "${profile[@]}" test "${args[@]}" 2>&1 | tee "target/scale/deadline-day-$db.full.txt" \
  | grep -vE '^\s*(at |\.\.\.)|^[0-9]{4}-[0-9]{2}-[0-9]{2}T' || status=$?
if [ -f "$out" ]; then
  { echo "$header"; echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"; echo; cat "$out"; } > "$out.tmp" && mv "$out.tmp" "$out"
  cat "$out"
fi
exit "$status"
