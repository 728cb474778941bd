#!/usr/bin/env bash
# One node on the H2 file store (target/scale/h2-crash), killed with kill -9 while submissions and
# batch-release jobs run; restarted; every application continues to payout exactly once.
# Output: target/scale/h2-crash-test.txt, node logs target/scale/h2-node*.log.
#   scripts/h2-crash-test.sh [applications before the load, default 24]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/scale
./mvnw -B -q test -Dtest=H2CrashCheck -Dsurefire.failIfNoSpecifiedTests=false \
  -Dscale.crash-check=true -Dscale.crash.applications="${1:-24}" 2>&1 \
  | tee target/scale/h2-crash-test.full.txt | grep -E '^\[[0-9:]{8}\]|Tests run|FAIL|ERROR' | tee target/scale/h2-crash-test.txt
grep -q "every application reached DISBURSED once" target/scale/h2-crash-test.txt
