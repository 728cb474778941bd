#!/usr/bin/env bash
# A backup taken under load with scripts/backup.sh, restored with scripts/restore.sh into a fresh
# installation, checked application by application and driven on to the end (BackupRestoreCheck).
# Output: target/scale/backup-restore-<store>.txt, node logs target/scale/backup-*.log.
#   scripts/backup-restore-test.sh [applications, default 40] [h2|postgres, default h2] [-Dscale.backup.…]
# For a large store (the README's 1,000 applications): -Dscale.backup.wave=100 fills it in waves of
# 100 instead of 10, -Dscale.backup.finished=100 drives 100 (not 3 in 5) to their end before the rest
# are submitted, -Dscale.backup.rounds=1 moves those on by one step (not 6), -Dscale.backup.drive-on=20
# drives only 20 of the restored open applications on.
# postgres: runs on the throwaway server of scripts/postgres-test-server.sh (PG_TEST_PORT, default 55432).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-40}"; store="${2:-h2}"; shift 2 2>/dev/null || shift $#
mkdir -p target/scale
args=(-Dtest=BackupRestoreCheck -Dsurefire.failIfNoSpecifiedTests=false -Dscale.backup-check=true
  -Dscale.backup.applications="$n" -Dscale.backup.store="$store" "$@")
if [ "$store" = postgres ]; then
  scripts/postgres-test-server.sh start >/dev/null
  run=(./mvnw -B -q -Ppostgres-tests -Dscale.pg.port="${PG_TEST_PORT:-55432}" test "${args[@]}")
else
  run=(./mvnw -B -q test "${args[@]}")
fi
"${run[@]}" 2>&1 | tee "target/scale/backup-restore-$store.full.txt" \
  | grep -E '^\[[0-9:]{8}\]|^backup |^restored |^took|Tests run|FAIL|ERROR'
grep -q "went on to their end" "target/scale/backup-restore-$store.full.txt"
