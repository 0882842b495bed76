#!/usr/bin/env bash
# Starts or stops the PostgreSQL server of the test suite.
#   postgres.sh start STATE_DIR   initdb into a temporary folder, start on 127.0.0.1 on a free
#                                 port, write the server's URL to STATE_DIR/url
#   postgres.sh stop STATE_DIR    stop it and remove its folder
# PostgreSQL refuses to run as root: as root the server runs as the 'postgres' user.
set -euo pipefail
action=${1:?start or stop}
state=${2:?state directory}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server binaries not found: install the 'postgresql' package (installer/setup.sh test does)." >&2
  exit 1
fi
as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  mkdir -p "$state"
  if [ -f "$state/datadir" ] && [ -d "$(cat "$state/datadir")" ]; then
    as_server "$bindir/pg_ctl" -D "$(cat "$state/datadir")" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$(cat "$state/datadir")"
  fi
  data=$(mktemp -d /tmp/tenderdesk-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
  echo "$data" > "$state/datadir"
  as_server "$bindir/initdb" -D "$data/db" -U tenderdesk -A trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; exit 1; }
  port=""
  for candidate in $(seq 54329 54399); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "no free port between 54329 and 54399 for the test server" >&2; exit 1; }
  as_server "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$data/server.log" >&2; exit 1; }
  echo "postgresql://tenderdesk@127.0.0.1:$port/postgres" > "$state/url"
  echo "PostgreSQL test server on port $port ($data)"
  ;;
stop)
  [ -f "$state/datadir" ] || exit 0
  data=$(cat "$state/datadir")
  as_server "$bindir/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data" "$state/url" "$state/datadir"
  echo "PostgreSQL test server stopped"
  ;;
*)
  echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
