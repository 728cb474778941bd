#!/usr/bin/env bash
# Full-lifecycle benchmark: the application vs a bare-engine baseline with the same wait states,
# same engine and database, same run; task-list latency with N open tasks; heap and RSS.
#   scripts/benchmark.sh [h2|postgres] [K1=1000] [K2=10000] [open tasks=10000] [wave=100]
# Prints the table and writes target/scale/benchmark-<db>.txt. Never fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"
args=(-Dtest=LifecycleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dscale.benchmark=true
      -Dscale.bench.k1="${2:-1000}" -Dscale.bench.k2="${3:-10000}" -Dscale.bench.open-tasks="${4:-10000}"
      -Dscale.bench.wave="${5:-100}" -DargLine="-Xmx2g" -Dsurefire.timeout=0)
mkdir -p target/scale
if [ "$db" = postgres ]; then
  scripts/postgres-test-server.sh start >/dev/null
  profile=(-Ppostgres-tests)
else
  profile=()
fi
./mvnw -B -q "${profile[@]}" test "${args[@]}" 2>&1 | tee "target/scale/benchmark-$db.full.txt" \
  | grep -vE '^\s*(at |\.\.\.)|^[0-9]{4}-[0-9]{2}-[0-9]{2}T' || true
cat "target/scale/benchmark-$db.txt"
