#!/usr/bin/env bash
# Start-up of the packaged app on an empty store: java -jar in a fresh directory (so ./data is
# created: schema, deployment, demo data), timed from launch to /actuator/health UP, with the JVM's
# default flags and with the flags the README recommends. Prints wall and CPU seconds per run.
#   scripts/startup-time.sh [runs per setting, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=$(ls target/trade-subsidy-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/trade-subsidy-*.jar | grep -v plain | head -1)
fi
jar=$(realpath "$jar")
port=18$(( RANDOM % 900 + 100 ))
measure() {
  local label="$1"; shift
  for i in $(seq 1 "$runs"); do
    local dir; dir=$(mktemp -d)
    local t0; t0=$(date +%s%N)
    (cd "$dir" && exec java "$@" -jar "$jar" --server.port="$port" >"$dir/app.log" 2>&1) &
    local pid=$!
    until curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1; do
      kill -0 "$pid" 2>/dev/null || { echo "app exited, see $dir/app.log" >&2; exit 1; }
      sleep 0.2
    done
    local t1; t1=$(date +%s%N)
    local cpu; cpu=$(awk '{printf "%.1f", ($14+$15)/100}' "/proc/$pid/stat")
    printf '%-42s run %d: %5.1f s to UP, %5.1f s CPU, load %s\n' "$label" "$i" \
      "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$dir"
  done
}
measure "java -jar (JVM defaults)"
measure "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
