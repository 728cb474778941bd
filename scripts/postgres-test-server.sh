#!/usr/bin/env bash
# A throwaway PostgreSQL for tests, the cluster check and the benchmark: loopback only, data under /tmp.
#
#   scripts/postgres-test-server.sh start   # initdb (first time) + start; prints the JDBC URL
#   scripts/postgres-test-server.sh stop    # stop the server (data kept)
#   scripts/postgres-test-server.sh destroy # stop and delete the data directory
#   scripts/postgres-test-server.sh url     # print the JDBC URL of the maintenance database
#   scripts/postgres-test-server.sh recreate-db NAME   # drop and create an empty database NAME
#
# Settings (environment): PG_TEST_PORT (55432), PG_TEST_DIR (/tmp/subsidy-pg), PG_TEST_BIN (the
# directory holding initdb/pg_ctl; found under /usr/lib/postgresql/*/bin). PostgreSQL refuses to run
# as root: when run as root the server runs as the OS user `postgres` (created by Debian's package)
# or, if missing, a system user `pgtest` created here. Password authentication for user `subsidy`
# (password `subsidy`) on 127.0.0.1 only.
set -euo pipefail

PORT="${PG_TEST_PORT:-55432}"
DIR="${PG_TEST_DIR:-/tmp/subsidy-pg}"
BIN="${PG_TEST_BIN:-}"
if [ -z "$BIN" ]; then
  BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
if [ -z "$BIN" ] || [ ! -x "$BIN/pg_ctl" ]; then
  echo "PostgreSQL server binaries not found (apt-get install -y postgresql, or set PG_TEST_BIN)" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then RUN_AS=postgres; else
    id pgtest >/dev/null 2>&1 || useradd -r -M -d /nonexistent -s /usr/sbin/nologin pgtest
    RUN_AS=pgtest
  fi
  as_pg() { su -s /bin/sh "$RUN_AS" -c "$*"; }
else
  RUN_AS=$(id -un)
  as_pg() { sh -c "$*"; }
fi

psql_admin() { "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U subsidy -d postgres "$@"; }
export PGPASSWORD=subsidy

start() {
  if [ ! -f "$DIR/PG_VERSION" ]; then
    mkdir -p "$DIR"
    chown "$RUN_AS" "$DIR"
    chmod 700 "$DIR"
    local pwfile="$DIR.pw"
    echo subsidy > "$pwfile"; chown "$RUN_AS" "$pwfile"
    as_pg "'$BIN/initdb' -D '$DIR' -U subsidy --pwfile='$pwfile' -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null"
    rm -f "$pwfile"
    cat >> "$DIR/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
max_connections = 200
shared_buffers = 256MB
CONF
  fi
  if as_pg "'$BIN/pg_ctl' -D '$DIR' status" >/dev/null 2>&1; then
    echo "PostgreSQL already running on 127.0.0.1:$PORT" >&2
  else
    as_pg "'$BIN/pg_ctl' -D '$DIR' -l '$DIR/server.log' -w -t 60 start" >/dev/null
  fi
  url
}

stop() {
  [ -f "$DIR/PG_VERSION" ] && as_pg "'$BIN/pg_ctl' -D '$DIR' -m fast -w stop" >/dev/null 2>&1 || true
}

url() { echo "jdbc:postgresql://127.0.0.1:$PORT/postgres"; }

recreate_db() {
  local name="$1"
  psql_admin -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\""
  echo "jdbc:postgresql://127.0.0.1:$PORT/$name"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  destroy) stop; rm -rf "$DIR" ;;
  url) url ;;
  recreate-db) recreate_db "${2:?database name}" ;;
  *) echo "usage: $0 start|stop|destroy|url|recreate-db NAME" >&2; exit 2 ;;
esac
