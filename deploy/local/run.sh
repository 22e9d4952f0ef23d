#!/usr/bin/env bash
# Start everything for a local run: Keycloak (realm "shortlist" + demo users)
# and the Shortlist app on H2. Run from anywhere; Ctrl-C stops both.
#
#   deploy/local/run.sh
#
# Environment (all optional):
#   APP_PORT            app HTTP port                        (default 8080)
#   KC_PORT             Keycloak HTTP port                   (default 8180)
#   KC_START_TIMEOUT    seconds to wait for Keycloak         (default 240)
#   APP_START_TIMEOUT   seconds to wait for the app          (default 180)
#   SKIP_BUILD=1        reuse target/quarkus-app as it is
#   APP_JAVA_OPTS       JVM options for the app               (default -Xmx512m)
#   JAVA_OPTS_KC_HEAP   Keycloak heap options                 (default -Xms64m -Xmx512m)
#   JAVA_HOME           the JDK to use (else java on PATH)
#
# Keycloak imports the realm once, on its first start. To re-import after
# changing deploy/keycloak/*.json (this deletes Keycloak's local database):
#   rm -rf .keycloak/keycloak-26.7.3/data
set -euo pipefail

KC_VERSION=26.7.3
APP_PORT="${APP_PORT:-8080}"
KC_PORT="${KC_PORT:-8180}"
KC_START_TIMEOUT="${KC_START_TIMEOUT:-240}"
APP_START_TIMEOUT="${APP_START_TIMEOUT:-180}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

KC_BASE="$ROOT/.keycloak"
KC_HOME="$KC_BASE/keycloak-$KC_VERSION"
KC_ZIP="$KC_BASE/dist/keycloak-quarkus-dist-$KC_VERSION.zip"
KC_LOG="$KC_BASE/keycloak.log"
APP_LOG="$ROOT/target/app.log"
REALM_URL="http://localhost:$KC_PORT/realms/shortlist"

say()  { printf '==> %s\n' "$*"; }
fail() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# --- 1. Java 17+ (JAVA_HOME if set, else java on PATH; Keycloak and mvnw do the same) ---
JAVA="java"
[ -n "${JAVA_HOME:-}" ] && JAVA="$JAVA_HOME/bin/java"
if ! command -v "$JAVA" >/dev/null 2>&1; then
  fail "no Java found ($JAVA). Install a JDK 17 or newer (e.g. 'apt-get install openjdk-17-jdk-headless') and put it on PATH or set JAVA_HOME."
fi
java_version_line="$("$JAVA" -version 2>&1 | head -n 1)"
java_version="$(printf '%s' "$java_version_line" | sed -E 's/^[^"]*"([^"]*)".*$/\1/')"
java_major="${java_version%%[.+-]*}"
if [ "$java_major" = "1" ]; then   # 1.8.0_x style
  java_major="$(printf '%s' "$java_version" | cut -d. -f2)"
fi
if ! [[ "$java_major" =~ ^[0-9]+$ ]] || [ "$java_major" -lt 17 ]; then
  fail "Java 17 or newer is needed; '$JAVA -version' says: $java_version_line. Install a JDK 17+ and put it first on PATH or point JAVA_HOME at it."
fi
command -v curl >/dev/null 2>&1 || fail "curl not found on PATH (used for the health checks). Install it, e.g. 'apt-get install curl'."
# PDF exports embed this font; without it they answer 503 (XLSX and CSV still work). Warn, do not stop.
cjk_font="${PDF_CJK_FONT:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}"
[ -f "${cjk_font%%,*}" ] || echo "note: ${cjk_font%%,*} is missing, so PDF exports are off; 'apt-get install fonts-noto-cjk' turns them on." >&2

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_in_use "$KC_PORT"  && fail "port $KC_PORT is already in use (Keycloak). Stop whatever listens there or set KC_PORT."
port_in_use "$APP_PORT" && fail "port $APP_PORT is already in use (app). Stop whatever listens there or set APP_PORT."

# --- 2. Keycloak distribution (downloaded once, reused afterwards) ---------------
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  if [ ! -s "$KC_ZIP" ]; then
    say "Fetching Keycloak $KC_VERSION from Maven Central (about 170 MB, once)"
    ./mvnw -B -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$KC_BASE/dist" \
      || fail "could not download org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip with ./mvnw (network to Maven Central?)"
  fi
  say "Unpacking Keycloak into .keycloak/"
  tmp="$KC_BASE/unpack.$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$KC_ZIP" -d "$tmp"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -m zipfile -e "$KC_ZIP" "$tmp"
  else
    (cd "$tmp" && jar xf "$KC_ZIP")
  fi
  chmod +x "$tmp/keycloak-$KC_VERSION"/bin/*.sh
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
fi

# --- 3. Start Keycloak ------------------------------------------------------------
KC_PID=""
APP_PID=""

# Start "$@" in the background in its own session / process group, so that a
# Ctrl-C reaches only this script and cleanup() stops each child group whole.
spawn() {  # $1 = log file, rest = command
  local log="$1"; shift
  if command -v setsid >/dev/null 2>&1; then
    setsid "$@" </dev/null >"$log" 2>&1 &
  else
    set -m; "$@" </dev/null >"$log" 2>&1 & set +m
  fi
}

# shellcheck disable=SC2317  # stop_group and cleanup run from traps
stop_group() {  # $1 = pid (= process group id), $2 = name
  local pid="$1" name="$2" _
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  say "Stopping $name"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317
cleanup() {
  local rc=$?
  trap - EXIT; trap "" INT TERM   # let a second Ctrl-C not cut the cleanup short
  stop_group "$APP_PID" "the app"
  stop_group "$KC_PID" "Keycloak"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ ! -d "$KC_HOME/data/h2" ]; then
  # First start (or after 'rm -rf .keycloak/keycloak-26.7.3/data'): import realm and demo users.
  say "First Keycloak start: importing realm 'shortlist' and the demo users"
  mkdir -p "$KC_HOME/data/import"
  cp deploy/keycloak/shortlist-realm.json deploy/keycloak/shortlist-users-0.json "$KC_HOME/data/import/"
fi

say "Starting Keycloak on port $KC_PORT (log: .keycloak/keycloak.log)"
spawn "$KC_LOG" env \
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}" \
  "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --import-realm
KC_PID=$!

# --- 4. Build the app while Keycloak boots ------------------------------------------
if [ "${SKIP_BUILD:-0}" != "1" ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  say "Building the app (./mvnw -B -q package -DskipTests)"
  ./mvnw -B -q package -DskipTests || fail "the build failed (see the Maven output above)"
fi

wait_for() {  # $1 url, $2 timeout s, $3 pid, $4 name, $5 log
  local url="$1" timeout="$2" pid="$3" name="$4" log="$5" start code
  start=$(date +%s)
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)"
    [ "$code" = "200" ] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "----- last lines of $log -----" >&2; tail -n 30 "$log" >&2 || true
      fail "$name exited before it became ready. Full log: $log"
    fi
    if [ $(( $(date +%s) - start )) -ge "$timeout" ]; then
      echo "----- last lines of $log -----" >&2; tail -n 30 "$log" >&2 || true
      fail "$name was not ready after ${timeout}s ($url answered '${code:-nothing}'). Full log: $log"
    fi
    sleep 1
  done
}

say "Waiting for Keycloak ($REALM_URL)"
wait_for "$REALM_URL/.well-known/openid-configuration" "$KC_START_TIMEOUT" "$KC_PID" "Keycloak" "$KC_LOG"

# --- 5. Start the app -----------------------------------------------------------------
mkdir -p target
say "Starting the app on port $APP_PORT (log: target/app.log)"
# shellcheck disable=SC2086  # APP_JAVA_OPTS is a list of JVM options
spawn "$APP_LOG" env APP_PORT="$APP_PORT" OIDC_URL="${OIDC_URL:-$REALM_URL}" \
  "$JAVA" ${APP_JAVA_OPTS:--Xmx512m} -jar target/quarkus-app/quarkus-run.jar
APP_PID=$!

wait_for "http://localhost:$APP_PORT/q/health/ready" "$APP_START_TIMEOUT" "$APP_PID" "The app" "$APP_LOG"

# --- 6. Ready ---------------------------------------------------------------------------
cat <<EOF

  Shortlist is running.

    App              http://localhost:$APP_PORT/
    Keycloak console http://localhost:$KC_PORT/admin   (admin / admin, master realm)
    Realm            $REALM_URL
    Logs             target/app.log, .keycloak/keycloak.log

  Demo accounts (password for all: demo)

    username                  role
    ------------------------  -----------
    admin                     admin
    screener                  screener
    recommender               recommender
    judge1 … judge9           judge
    applicant1 … applicant3   applicant

  Anyone can self-register on the login page and becomes an applicant.
  Press Ctrl-C to stop both.

EOF

# Stay in the foreground until Ctrl-C or until one of them exits.
while kill -0 "$KC_PID" 2>/dev/null && kill -0 "$APP_PID" 2>/dev/null; do
  sleep 1
done
if ! kill -0 "$KC_PID" 2>/dev/null; then
  fail "Keycloak stopped unexpectedly; see .keycloak/keycloak.log"
fi
fail "The app stopped unexpectedly; see target/app.log"
