#!/usr/bin/env bash
# Builds motcua and runs the embedded installation: H2 database and documents under ./data
# (or $MOTCUA_DATA_DIR), demo data on first start, the site on http://localhost:8080.
#   scripts/run.sh [spring arguments, e.g. --server.port=9090]
set -euo pipefail
cd "$(dirname "$0")/.."
# the printed forms embed Debian's DejaVu fonts (Vietnamese); install them if they are missing
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && [ -z "${MOTCUA_DOSSIER_FORMS_FONTDIR:-}" ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q fonts-dejavu-core >/dev/null
fi
if [ ! -f target/motcua.jar ] || [ -n "$(find src pom.xml -newer target/motcua.jar -print -quit)" ]; then
  mvn -B -ntp -q -DskipTests package
fi
exec java ${JAVA_OPTS:-} -jar target/motcua.jar "$@"
