#!/usr/bin/env bash
# Builds motcua and runs the embedded installation: H2 database and documents under ./data
# (or $MOTCUA_DATA_DIR), demo data on first start, the site on http://localhost:8080.
#   scripts/run.sh [spring arguments, e.g. --server.port=9090]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/motcua.jar ] || [ -n "$(find src pom.xml -newer target/motcua.jar -print -quit)" ]; then
  mvn -B -ntp -q -DskipTests package
fi
exec java ${JAVA_OPTS:-} -jar target/motcua.jar "$@"
