#!/usr/bin/env bash
# Growth of the default H2 store per lifecycle, for the store settings the README compares.
# Each variant runs StoreGrowthCheck on a fresh ./data: N mixed lifecycles over HTTP (returns,
# withdrawals, rejections, objections, payouts), one kill -9 during a load, one graceful restart.
# Rows are appended to target/scale/store-growth.txt; node logs are target/scale/store-node*.log.
#
#   scripts/store-growth.sh [lifecycles, default 100] [variant ...]      (default: every variant)
#
# Variants: shipped (application.yaml as it is), and the alternatives measured against it.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100}"; shift || true
BASE='jdbc:h2:file:./data/subsidy;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000'
OFF='--app.store.compaction.enabled=false'
# the engine's full history, every update of every variable (as before this work)
FULL='--app.store.history.details-of-copies=true'
declare -A ARGS=(
  [before]="--spring.datasource.url=$BASE;WRITE_DELAY=0 $OFF $FULL"
  [retention-0]="--spring.datasource.url=$BASE;WRITE_DELAY=0;RETENTION_TIME=0 $OFF $FULL"
  [history-audit]="--spring.datasource.url=$BASE;WRITE_DELAY=0 --camunda.bpm.history-level=audit $OFF"
  [history-without-copies]="--spring.datasource.url=$BASE;WRITE_DELAY=0 $OFF"
  [compact-on-stop]="--spring.datasource.url=$BASE;WRITE_DELAY=0;DEFRAG_ALWAYS=TRUE $OFF $FULL"
  [housekeeping]="--spring.datasource.url=$BASE;WRITE_DELAY=0 $FULL"
  [retention-0+housekeeping]="--spring.datasource.url=$BASE;WRITE_DELAY=0;RETENTION_TIME=0 $FULL"
  [compress+housekeeping]="--spring.datasource.url=$BASE;WRITE_DELAY=0;COMPRESS=TRUE $FULL"
  [simple-ids+housekeeping]="--spring.datasource.url=$BASE;WRITE_DELAY=0 --camunda.bpm.id-generator=simple $FULL"
  [write-delay-default]="--spring.datasource.url=$BASE $OFF $FULL"
  [shipped]=""
)
VARIANTS=("$@")
[ ${#VARIANTS[@]} -eq 0 ] && VARIANTS=(before retention-0 history-audit history-without-copies compact-on-stop housekeeping retention-0+housekeeping shipped)
mkdir -p target/scale
for v in "${VARIANTS[@]}"; do
  [ -v "ARGS[$v]" ] || { echo "unknown variant $v" >&2; exit 2; }
  crash=true
  # with H2's default write delay a kill -9 loses acknowledged commits (README): measured without the crash
  [ "$v" = write-delay-default ] && crash=false
  echo "== $v: $N lifecycles"
  started=$(date +%s)
  ./mvnw -B -q test -Dtest=StoreGrowthCheck -Dsurefire.failIfNoSpecifiedTests=false -Dscale.store-check=true \
    -Dscale.store.lifecycles="$N" -Dscale.store.enforce=false -Dscale.store.crash=$crash \
    -Dscale.store.variant="$v" -Dscale.store.args="${ARGS[$v]}" 2>&1 \
    | grep -E '^\[[0-9:]{8}\]|Tests run:|FAIL' | tee "target/scale/store-growth-$v.txt" || true
  echo "   ($(( $(date +%s) - started )) s)"
done
echo; cat target/scale/store-growth.txt
