#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and the bench, from Debian's `postgresql` package
# (installed when missing; its own service is never started). Each server lives in a folder of its
# own (initdb into it, owned by the `postgres` user when run as root), listens on 127.0.0.1 only,
# on a free port, with its socket in that folder, and is stopped and removed at the end.
#
#   source scripts/ensure-postgres.sh; start_test_postgres   # exports TEST_DATABASE_URL
#   …; stop_test_postgres                                     # stops it, removes its folder
#   bash scripts/ensure-postgres.sh install                   # only make sure it is installed
#   bash scripts/ensure-postgres.sh start DIR                 # start (initdb on first use), print the URL
#   bash scripts/ensure-postgres.sh stop DIR                  # stop (keep the data: start again later)
#   bash scripts/ensure-postgres.sh remove DIR                # stop and delete
#   bash scripts/ensure-postgres.sh -- CMD ARGS…              # run CMD with TEST_DATABASE_URL set
#
# PG_BIN (default /usr/lib/postgresql/15/bin) says where initdb and pg_ctl are.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

pg_install() {
  if [ -x "$PG_BIN/initdb" ]; then return 0; fi
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "::: installing postgresql from Debian (its service is not started)" >&2
    export DEBIAN_FRONTEND=noninteractive
    local created_policy=0 status=0
    # Debian's way to keep a package's service from starting on install (policy-rc.d, exit 101).
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
      chmod +x /usr/sbin/policy-rc.d
      created_policy=1
    fi
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null; } || status=$?
    if [ "$created_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
    if [ "$status" != 0 ]; then return "$status"; fi
  fi
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "No PostgreSQL 15 found at $PG_BIN. Install it (Debian: sudo apt-get install postgresql) or set PG_BIN." >&2
    return 1
  fi
}

# Runs a command as the owner of the server's files: `postgres` when we are root (initdb refuses root).
pg_as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
}

# start DIR: prints postgres://postgres@127.0.0.1:PORT/postgres
pg_start_dir() {
  local dir="$1"
  pg_install || return 1
  mkdir -p "$dir"
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
      echo "The postgres user cannot reach $dir: make the folders above it readable by others (chmod o+x)." >&2
      return 1
    fi
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      return 1
    }
  fi
  # The same port on every start of one folder, so a client can reconnect after a restart.
  if [ ! -f "$dir/port" ]; then pg_free_port >"$dir/port"; fi
  local port
  port="$(cat "$dir/port")"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || {
    cat "$dir/server.log" >&2
    return 1
  }
  echo "postgres://postgres@127.0.0.1:$port/postgres"
}

pg_stop_dir() {
  local dir="$1"
  if [ -f "$dir/data/postmaster.pid" ]; then pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
}

pg_remove_dir() {
  pg_stop_dir "$1"
  rm -rf "$1"
}

start_test_postgres() {
  TEST_POSTGRES_DIR="$(mktemp -d /tmp/test-postgres.XXXXXX)"
  local url
  url="$(pg_start_dir "$TEST_POSTGRES_DIR")" || return 1
  export TEST_DATABASE_URL="$url"
  export TEST_POSTGRES_DIR
  echo "::: PostgreSQL for the tests at $TEST_DATABASE_URL" >&2
}

stop_test_postgres() {
  if [ -n "${TEST_POSTGRES_DIR-}" ]; then pg_remove_dir "$TEST_POSTGRES_DIR"; fi
  unset TEST_DATABASE_URL TEST_POSTGRES_DIR
}

# Executed (not sourced): a subcommand.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1-install}" in
    install) pg_install ;;
    start) pg_start_dir "$2" ;;
    stop) pg_stop_dir "$2" ;;
    remove) pg_remove_dir "$2" ;;
    --)
      shift
      start_test_postgres
      trap stop_test_postgres EXIT
      status=0
      "$@" || status=$?
      exit "$status"
      ;;
    *)
      echo "usage: $0 [install | start DIR | stop DIR | remove DIR | -- CMD…]" >&2
      exit 2
      ;;
  esac
fi
