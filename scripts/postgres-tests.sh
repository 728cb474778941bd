#!/usr/bin/env bash
# Runs the test suite against a real PostgreSQL: starts the throwaway server of
# scripts/postgres-test-server.sh, then Maven with -Ppostgres-tests (every full-app test that uses
# an in-memory H2 gets its own PostgreSQL database; the ledger tests use subsidy_ledger).
# Extra arguments go to Maven, e.g. -Dtest=ApplicationProcessTest or -Dscale.cluster-check=true.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/postgres-test-server.sh start >/dev/null
scripts/postgres-test-server.sh recreate-db subsidy_ledger >/dev/null
./mvnw -B -Ppostgres-tests test "$@"
