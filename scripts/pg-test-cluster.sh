#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `start DIR PORT` creates a fresh cluster in
# DIR (anything there before is removed), listening on 127.0.0.1:PORT only, with the user
# rentaldesk (password rentaldesk) owning the database rentaldesk_test, and prints its URL;
# `stop DIR PORT` stops it and removes DIR. Installs nothing: PostgreSQL comes from
# packaging/install-deps.sh. The server refuses to run as root, so root runs it as `postgres`.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR PORT" >&2; exit 2; }
[ $# -eq 3 ] || usage
action=$1; dir=$2; port=$3
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ] || { echo "invalid port: $port" >&2; exit 2; }
[ -n "$dir" ] && [ "$dir" != "/" ] || usage

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  [ -x "$candidate/initdb" ] && { bindir=$candidate; break; }
done
[ -n "$bindir" ] || { echo "PostgreSQL is not installed (run packaging/install-deps.sh)" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi

user=rentaldesk
password=rentaldesk
database=rentaldesk_test
data="$dir/data"

stop_cluster() {
  if [ -f "$data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
}

case "$action" in
  start)
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
    # C collation: text sorts by code point, as SQLite's BINARY does.
    as_owner "$bindir/initdb" -D "$data" -U postgres --pwfile="$dir/pwfile" --auth-local=trust \
      --auth-host=scram-sha-256 --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Throw-away data: no fsync; the socket lives in DIR, not in /var/run.
    as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
      -c "CREATE ROLE $user LOGIN PASSWORD '$password'" \
      -c "CREATE DATABASE $database OWNER $user" >/dev/null
    echo "postgresql://$user:$password@127.0.0.1:$port/$database"
    ;;
  stop)
    stop_cluster
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
