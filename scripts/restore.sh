#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a fresh installation, which then goes on from where
# the backup left every application, task and timer (start the app there afterwards).
#
#   scripts/restore.sh BACKUP.zip [INSTALL_DIR]   # H2: into INSTALL_DIR/data (default: .), which holds no store yet
#   scripts/restore.sh BACKUP.dump                # PostgreSQL: into the empty database of SPRING_DATASOURCE_URL
#
# The backup's .sha256 beside it, if there, is checked first. Nothing is overwritten: a store already
# in place is refused (move it aside yourself if you mean to replace it, with the app stopped).
# Jobs a node was running when the backup was taken run again once their lock expires (5 minutes).
set -euo pipefail

backup="${1:?usage: scripts/restore.sh BACKUP.zip [INSTALL_DIR] | BACKUP.dump}"
[ -f "$backup" ] || { echo "no such backup: $backup" >&2; exit 1; }
started=$(date +%s%N)
if [ -f "$backup.sha256" ]; then
  (cd "$(dirname "$backup")" && sha256sum -c --quiet "$(basename "$backup").sha256") \
    || { echo "sha256 of $backup does not match $backup.sha256" >&2; exit 1; }
fi

case "$backup" in
  *.zip)
    install="${2:-.}"
    data="$install/data"
    if [ -e "$data/subsidy.mv.db" ]; then
      echo "$data/subsidy.mv.db exists: restore into a fresh installation (or move that store aside first)" >&2
      exit 1
    fi
    unzip -tq "$backup" >/dev/null || { echo "$backup is not a readable zip" >&2; exit 1; }
    unzip -Z1 "$backup" | grep -qx 'subsidy.mv.db' || { echo "$backup holds no subsidy.mv.db" >&2; exit 1; }
    mkdir -p "$data"
    unzip -q -o "$backup" subsidy.mv.db -d "$data"
    echo "restored $data/subsidy.mv.db ($(stat -c %s "$data/subsidy.mv.db") bytes) from $backup"
    echo "start the app in $install (it opens ./data/subsidy): cd $install && java -jar …/trade-subsidy-*.jar"
    ;;
  *.dump)
    jdbc="${SPRING_DATASOURCE_URL:?SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/db) is needed}"
    rest="${jdbc#jdbc:postgresql://}"; hostport="${rest%%/*}"; db="${rest#*/}"; db="${db%%\?*}"
    host="${hostport%%:*}"; port=5432; [ "$hostport" != "$host" ] && port="${hostport#*:}"
    export PGPASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
    user="${SPRING_DATASOURCE_USERNAME:-subsidy}"
    tables=$(psql -X -q -t -A -h "$host" -p "$port" -U "$user" -d "$db" \
      -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
    if [ "$tables" != 0 ]; then
      echo "database $db on $host:$port is not empty ($tables tables): restore into an empty database" >&2
      exit 1
    fi
    pg_restore --no-owner --exit-on-error -h "$host" -p "$port" -U "$user" -d "$db" "$backup"
    echo "restored $backup into $db on $host:$port"
    ;;
  *) echo "a backup is a .zip (H2) or a .dump (PostgreSQL): $backup" >&2; exit 2 ;;
esac
echo "took $(( ($(date +%s%N) - started) / 1000000 )) ms"
