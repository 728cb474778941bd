#!/usr/bin/env bash
# Online backup of a running installation; officers go on working meanwhile.
#
#   scripts/backup.sh                # default H2 store: the running app writes backups/subsidy-<time>.zip
#   scripts/backup.sh -o DIR         # ... and the zip (with its .sha256) is also downloaded into DIR
#   scripts/backup.sh --postgres     # postgres profile: pg_dump of SPRING_DATASOURCE_URL into backups/
#
# H2: the app holds its file open (H2 lets one process open it), so the backup is taken by the app:
# POST /api/admin/backups as the admin runs H2's BACKUP TO, a consistent copy as of a commit.
#   APP_URL (http://localhost:8080), APP_ADMIN_USER (admin), APP_ADMIN_PASSWORD (asked for if unset).
# PostgreSQL: pg_dump takes one consistent snapshot of the whole database (large objects included).
#   SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/db), SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD,
#   BACKUP_DIR (./backups).
# Prints the backup file, its size, its sha256 and how long it took.
set -euo pipefail

mode=h2
download=
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) mode=postgres ;;
    -o) download="${2:?-o needs a directory}"; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

started=$(date +%s%N)
if [ "$mode" = h2 ]; then
  url="${APP_URL:-http://localhost:8080}"
  user="${APP_ADMIN_USER:-admin}"
  if [ -z "${APP_ADMIN_PASSWORD:-}" ]; then
    read -r -s -p "password of $user: " APP_ADMIN_PASSWORD; echo >&2
  fi
  answer=$(curl -sS --fail-with-body -u "$user:$APP_ADMIN_PASSWORD" -X POST "$url/api/admin/backups") || {
    echo "backup refused: $answer" >&2; exit 1; }
  file=$(printf '%s' "$answer" | sed -n 's/.*"file":"\([^"]*\)".*/\1/p')
  sha=$(printf '%s' "$answer" | sed -n 's/.*"sha256":"\([^"]*\)".*/\1/p')
  size=$(printf '%s' "$answer" | sed -n 's/.*"sizeBytes":\([0-9]*\).*/\1/p')
  echo "backup $file ($size bytes, sha256 $sha) written by the app into its backup directory (app.store.backup-directory)"
  if [ -n "$download" ]; then
    mkdir -p "$download"
    curl -sS --fail -u "$user:$APP_ADMIN_PASSWORD" -o "$download/$file" "$url/api/admin/backups/$file"
    echo "$sha  $file" > "$download/$file.sha256"
    (cd "$download" && sha256sum -c --quiet "$file.sha256")
    echo "downloaded to $download/$file (sha256 checked)"
  fi
else
  jdbc="${SPRING_DATASOURCE_URL:?SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/db) is needed}"
  rest="${jdbc#jdbc:postgresql://}"; hostport="${rest%%/*}"; db="${rest#*/}"; db="${db%%\?*}"
  host="${hostport%%:*}"; port=5432; [ "$hostport" != "$host" ] && port="${hostport#*:}"
  dir="${BACKUP_DIR:-./backups}"; mkdir -p "$dir"
  file="subsidy-$(TZ=Asia/Shanghai date +%Y%m%d-%H%M%S).dump"
  PGPASSWORD="${SPRING_DATASOURCE_PASSWORD:-}" pg_dump --format=custom --no-owner \
    -h "$host" -p "$port" -U "${SPRING_DATASOURCE_USERNAME:-subsidy}" -d "$db" -f "$dir/$file.part"
  mv "$dir/$file.part" "$dir/$file"
  (cd "$dir" && sha256sum "$file" > "$file.sha256")
  echo "backup $dir/$file ($(stat -c %s "$dir/$file") bytes, sha256 $(cut -d' ' -f1 "$dir/$file.sha256")) by pg_dump of $db on $host:$port"
fi
echo "took $(( ($(date +%s%N) - started) / 1000000 )) ms"
