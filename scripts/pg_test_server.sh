#!/usr/bin/env bash
# A throw-away PostgreSQL 15 server for the tests and the benchmarks (never for real data: trust
# authentication, fsync off).
#   bash scripts/pg_test_server.sh start DIR   makes a cluster in DIR (created if missing) and
#                                               starts it on 127.0.0.1 only, on a free port;
#                                               prints its admin URL (also written to DIR/url)
#   bash scripts/pg_test_server.sh stop DIR    stops it (DIR stays; delete it yourself)
# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user (DIR is
# given to that user, so its parent folders must let that user through, as /tmp does).
# Tests use it through GPAST_TEST_POSTGRES_URL (see the developer section of README.md).
set -euo pipefail

usage() {
  echo "usage: bash scripts/pg_test_server.sh start|stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action="$1"
dir="$2"

bin="${GPAST_PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$bin/pg_ctl" ]; then
  echo "error: PostgreSQL 15 is not installed ($bin/pg_ctl is missing);" \
    "on Debian/Ubuntu: sudo apt-get install postgresql-15" >&2
  exit 1
fi

as_owner=()  # how to run the server's programs: as ourselves, or as `postgres` when we are root
if [ "$(id -u)" -eq 0 ]; then
  owner="${GPAST_PG_USER:-postgres}"
  id -u "$owner" >/dev/null 2>&1 || {
    echo "error: running as root, and there is no user '$owner' to run PostgreSQL as" >&2
    exit 1
  }
  as_owner=(runuser -u "$owner" --)
fi

case "$action" in
start)
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  [ ${#as_owner[@]} -gt 0 ] && chown "${as_owner[2]}" "$dir" && chmod 700 "$dir"
  if ! "${as_owner[@]}" test -w "$dir"; then
    echo "error: $dir cannot be written by the user that runs PostgreSQL" \
      "(its parent folders must let that user through)" >&2
    exit 1
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
      --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
  fi
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  # listening on loopback only; the socket file in DIR (no system folder needed); no fsync:
  # a test server's data is thrown away anyway
  options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir'"
  options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  options+=" -c max_connections=200 -c shared_buffers=64MB"
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$options" -w \
    -t 60 start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 1
  }
  url="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "$url" >"$dir/url"
  echo "$url"
  ;;
stop)
  [ -d "$dir/data" ] || exit 0
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  ;;
*)
  usage
  ;;
esac
