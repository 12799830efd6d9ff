#!/usr/bin/env bash
# Makes ready what the tests need on a Debian machine, then runs the whole suite with Maven:
# every test on the embedded H2, and the tests that touch the database again on PostgreSQL.
#   scripts/test.sh [extra maven arguments]
# Environment: MOTCUA_TEST_PG_DB (default motcua_test), MOTCUA_TEST_PG_HOST/PORT/USER.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST=${MOTCUA_TEST_PG_HOST:-127.0.0.1}
PG_PORT=${MOTCUA_TEST_PG_PORT:-5432}
PG_USER=${MOTCUA_TEST_PG_USER:-postgres}
PG_DB=${MOTCUA_TEST_PG_DB:-motcua_test}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

say() { printf '== %s\n' "$*"; }

apt_ready=""
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$apt_ready" ]; then $SUDO apt-get update -q >/dev/null; apt_ready=1; fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >/dev/null
}

# Debian packages the tests use: the browser, PDF tools, fonts, the software HSM, OCR.
apt_install chromium chromium-driver poppler-utils fonts-dejavu-core softhsm2 tesseract-ocr tesseract-ocr-vie

# PostgreSQL: start the local cluster if it is installed and down, install it if absent.
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt_install postgresql
fi
if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
  for version in $(ls /etc/postgresql 2>/dev/null); do
    say "starting PostgreSQL $version"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
fi
psql_admin() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAtc "$1" 2>/dev/null; then return 0; fi
  # a fresh install: peer authentication as the postgres system user
  $SUDO -u postgres psql -v ON_ERROR_STOP=1 -qAtc "$1"
}
# trust or a password for the test user: make sure the user can log in over TCP
if ! psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qAtc 'select 1' >/dev/null 2>&1; then
  psql_admin "ALTER USER $PG_USER PASSWORD '${MOTCUA_TEST_PG_PASSWORD:-postgres}'" || true
  export PGPASSWORD=${MOTCUA_TEST_PG_PASSWORD:-postgres}
fi
say "recreating database $PG_DB"
psql_admin "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)"
psql_admin "CREATE DATABASE $PG_DB"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
say "running the tests"
exec mvn -B -ntp verify \
  -Dmotcua.test.pg.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" \
  -Dmotcua.test.pg.user="$PG_USER" \
  -Dmotcua.test.pg.password="${PGPASSWORD:-}" \
  "$@"
