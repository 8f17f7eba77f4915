# Sourced by .ci/run: makes sure Debian's PostgreSQL is installed, starts a throw-away server on
# 127.0.0.1 (data in a temporary directory, run as the `postgres` user since PostgreSQL refuses
# root), exports TEST_DATABASE_URL for the tests, and stops the server when the calling shell exits.
# Quick when PostgreSQL is already installed: apt is only used when its binaries are missing.

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && echo "$dir"
}

if [[ -z "$(pg_bindir)" ]]; then
  echo "ci: installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
PG_BIN=$(pg_bindir) || { echo "ci: PostgreSQL binaries not found after install" >&2; exit 1; }

# PostgreSQL will not run as root: use the `postgres` user the package creates.
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

PG_DIR=$(mktemp -d /tmp/ci-postgres.XXXXXX)
chmod 755 "$PG_DIR"
[[ $(id -u) -eq 0 ]] && chown postgres: "$PG_DIR"
PG_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U qa --auth=trust --encoding=UTF8 --no-locale >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off" start >/dev/null

stop_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_postgres EXIT

export TEST_DATABASE_URL="postgres://qa@127.0.0.1:$PG_PORT/postgres"
echo "ci: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2
