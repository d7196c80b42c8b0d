#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL server:
#   scripts/with-postgres.sh npm test
# The server lives in a temporary folder, listens on a free loopback port only, and is stopped
# and removed when the command ends. The command sees SAMVERKA_TEST_DATABASE_URL and exits with
# its own status.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh COMMAND [ARG...]" >&2
  exit 64
fi

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "with-postgres: no PostgreSQL server under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
  exit 1
fi

# PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  echo "with-postgres: running as root but there is no postgres user to run the server" >&2
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/samverka-pg.XXXXXX")"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$tmp"
  chmod 0700 "$tmp"
fi
started=0

cleanup() {
  if [ "$started" -eq 1 ]; then
    as_server_user "$bindir/pg_ctl" -D "$tmp/data" -m fast -w stop >>"$tmp/pg_ctl.log" 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

as_server_user "$bindir/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
  >"$tmp/initdb.log" 2>&1 || {
  cat "$tmp/initdb.log" >&2
  echo "with-postgres: initdb failed" >&2
  exit 1
}

# A port found free may be taken before the server binds it: try a few.
for attempt in 1 2 3 4 5; do
  port="$(free_port)"
  if as_server_user "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 start \
    -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >>"$tmp/pg_ctl.log" 2>&1; then
    started=1
    break
  fi
done
if [ "$started" -ne 1 ]; then
  cat "$tmp/server.log" >&2 || true
  echo "with-postgres: PostgreSQL did not start" >&2
  exit 1
fi

export SAMVERKA_TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"

status=0
"$@" || status=$?
exit "$status"
