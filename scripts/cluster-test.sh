#!/usr/bin/env bash
# Two application nodes on one PostgreSQL (loopback ports), applications driven through both,
# node-b killed with kill -9 while the notice timers run, node-a killed right after the funds
# release; prints the exactly-once evidence read from the database. Output: target/scale/cluster-test.txt,
# node logs: target/scale/node-*.log.
#   scripts/cluster-test.sh [applications, default 30] [extra Maven -D options]
# (CI runs the same check inside scripts/postgres-tests.sh, without restarting node-a, to save a start-up.)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/scale
scripts/postgres-test-server.sh start >/dev/null
scripts/postgres-test-server.sh recreate-db subsidy_ledger >/dev/null
./mvnw -B -q -Ppostgres-tests test -Dtest=ClusterKillCheck -Dsurefire.failIfNoSpecifiedTests=false \
  -Dscale.cluster-check=true -Dscale.cluster.applications="${1:-30}" \
  -Dscale.cluster.restart-a=true "${@:2}" 2>&1 | tee target/scale/cluster-test.full.txt | grep -E '^\[[0-9:]{8}\]|Tests run|FAIL|ERROR' \
  | tee target/scale/cluster-test.txt
grep -q "every application reached DISBURSED once" target/scale/cluster-test.txt
