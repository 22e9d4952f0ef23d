#!/usr/bin/env bash
# Shared pieces of the scale-out checks (sourced by check.sh): a private PostgreSQL
# cluster, a private Keycloak, app instances from the packaged jar, nginx — each a
# process of our own under target/scale-out, stopped by pid, never by name.
# shellcheck disable=SC2034

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/target/scale-out"
KC_VERSION="${KC_VERSION:-26.7.3}"
NGINX_PORT="${NGINX_PORT:-38080}"
APP1_PORT="${APP1_PORT:-38081}"
APP2_PORT="${APP2_PORT:-38082}"
KC_PORT="${KC_PORT:-38180}"
PG_PORT="${PG_PORT:-35432}"
REALM_URL="http://localhost:$KC_PORT/realms/shortlist"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
PG_DATA="$WORK/pg"
PG_USER_OS="${PG_USER_OS:-postgres}"   # initdb/postgres refuse to run as root
DB_NAME=shortlist
APP_JAVA_OPTS="${APP_JAVA_OPTS:--Xmx512m}"
# Fail fast on a dead or silent database (see deploy/README.md).
PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME?connectTimeout=3&socketTimeout=60&tcpKeepAlive=true"

mkdir -p "$WORK"
say()  { printf '%s ==> %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

# --- processes we started: "name pid" lines, stopped in reverse order on exit -------------
PIDS_FILE="$WORK/pids.$$"
: >"$PIDS_FILE"
remember() { echo "$1 $2" >>"$PIDS_FILE"; }
forget() { sed -i "/^$1 /d" "$PIDS_FILE"; }
pid_of() { awk -v n="$1" '$1==n {print $2}' "$PIDS_FILE" | tail -1; }
stop_all() {
  local name pid
  tac "$PIDS_FILE" 2>/dev/null | while read -r name pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  [ -f "$PG_DATA/postmaster.pid" ] && pg_stop || true
  rm -f "$PIDS_FILE"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_http() {  # url timeout-seconds [expected-code]
  local url="$1" timeout="$2" want="${3:-200}" start code
  start=$(date +%s)
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$url" || true)"
    [ "$code" = "$want" ] && return 0
    [ $(( $(date +%s) - start )) -ge "$timeout" ] && return 1
    sleep 0.3
  done
}

# --- PostgreSQL: a private cluster on $PG_PORT (the machine's 5432 is never touched) ------
as_pg() { if [ "$(id -u)" = 0 ]; then su "$PG_USER_OS" -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
pg_init() {
  [ -x "$PG_BIN/initdb" ] || fail "PostgreSQL binaries not found (apt-get install postgresql)"
  rm -rf "$PG_DATA"; mkdir -p "$PG_DATA"
  [ "$(id -u)" = 0 ] && chown "$PG_USER_OS" "$PG_DATA"
  as_pg "'$PG_BIN/initdb' -D '$PG_DATA' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$WORK/pg-initdb.log" 2>&1 \
    || fail "initdb failed, see $WORK/pg-initdb.log"
  pg_start
  as_pg "'$PG_BIN/psql' -h 127.0.0.1 -p $PG_PORT -U postgres -qc 'CREATE DATABASE $DB_NAME'" || fail "createdb"
}
pg_start() {
  as_pg "'$PG_BIN/pg_ctl' -D '$PG_DATA' -l '$PG_DATA/server.log' -w -t 30 -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=on' start" >/dev/null \
    || fail "PostgreSQL did not start, see $PG_DATA/server.log"
}
pg_stop() { as_pg "'$PG_BIN/pg_ctl' -D '$PG_DATA' -m fast -w -t 30 stop" >/dev/null 2>&1 || true; }
psql_q() { as_pg "'$PG_BIN/psql' -h 127.0.0.1 -p $PG_PORT -U postgres -d $DB_NAME -tAqc \"$1\""; }

# --- Keycloak: our own dist and data under target/scale-out, realm imported on first start --
kc_start() {
  local home="$WORK/keycloak"
  if wait_http "$REALM_URL/.well-known/openid-configuration" 1; then
    say "Keycloak already answers on $KC_PORT: using it"; return 0
  fi
  if [ ! -x "$home/bin/kc.sh" ]; then
    local zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
    [ -s "$zip" ] || (cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip") \
      || fail "cannot fetch Keycloak $KC_VERSION"
    rm -rf "$WORK/kc-unpack"; mkdir -p "$WORK/kc-unpack"
    (cd "$WORK/kc-unpack" && python3 -m zipfile -e "$zip" .)
    mv "$WORK/kc-unpack/keycloak-$KC_VERSION" "$home"; rm -rf "$WORK/kc-unpack"
    chmod +x "$home"/bin/*.sh
  fi
  if [ ! -d "$home/data/h2" ]; then
    mkdir -p "$home/data/import"
    cp "$ROOT"/deploy/keycloak/shortlist-realm.json "$ROOT"/deploy/keycloak/shortlist-users-0.json "$home/data/import/"
  fi
  port_free "$KC_PORT" || fail "port $KC_PORT is in use"
  say "Keycloak on $KC_PORT (log $WORK/keycloak.log)"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid "$home/bin/kc.sh" start-dev --http-port="$KC_PORT" --import-realm >"$WORK/keycloak.log" 2>&1 </dev/null &
  remember keycloak $!
  wait_http "$REALM_URL/.well-known/openid-configuration" 240 || fail "Keycloak not ready, see $WORK/keycloak.log"
}
kc_token() {  # user [password]
  curl -s -d grant_type=password -d client_id=shortlist-api -d "username=$1" -d "password=${2:-demo}" \
    "$REALM_URL/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
# N applicant accounts rush1..rushN (password demo) for the clients, made once.
kc_users() {
  local n="$1" admin i
  admin=$(curl -s -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "http://localhost:$KC_PORT/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$admin" ] || fail "no Keycloak admin token"
  for i in $(seq 1 "$n"); do
    curl -s -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d "{\"username\":\"rush$i\",\"enabled\":true,\"email\":\"rush$i@example.test\",\"emailVerified\":true,\"firstName\":\"Rush\",\"lastName\":\"$i\",\"credentials\":[{\"type\":\"password\",\"value\":\"demo\",\"temporary\":false}]}" \
      "http://localhost:$KC_PORT/admin/realms/shortlist/users"
  done
}

# --- the app: one packaged build per database kind (DB_KIND is fixed at build time) --------
app_dir() { echo "$WORK/build-$1"; }
app_build() {  # h2|postgresql
  local kind="$1" dir; dir="$(app_dir "$kind")"
  if [ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$dir/quarkus-run.jar" ]; then return 0; fi
  say "Building the app for $kind"
  (cd "$ROOT" && DB_KIND="$kind" ./mvnw -B -q package -DskipTests -Dquarkus.package.output-directory="$WORK/build-$kind" \
    >"$WORK/build-$kind.log" 2>&1) || fail "build for $kind failed, see $WORK/build-$kind.log"
  [ -f "$dir/quarkus-run.jar" ] || fail "no $dir/quarkus-run.jar after the build"
}
app_start() {  # name port h2|postgresql [extra env...]
  local name="$1" port="$2" kind="$3"; shift 3
  port_free "$port" || fail "port $port is in use"
  # H2: the database and the attachment files (shortlist.attachments.store=auto picks files) under $WORK/h2
  local db=(SHORTLIST_DATA_DIR="$WORK/h2" DB_URL="jdbc:h2:file:$WORK/h2/shortlist;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000" DB_USER=sa DB_PASSWORD=)
  [ "$kind" = postgresql ] && db=(DB_URL="$PG_URL" DB_USER=postgres DB_PASSWORD=postgres)
  # COOKIE_SECURE=false: nginx serves the check over plain HTTP, and its clients keep cookies as curl does
  # shellcheck disable=SC2086
  env "${db[@]}" APP_PORT="$port" OIDC_URL="$REALM_URL" SESSION_SECRET="scale-out-check-session-secret-0123456789abcdef" \
    MAIL_MOCK=true COOKIE_SECURE=false "$@" \
    setsid java $APP_JAVA_OPTS -jar "$(app_dir "$kind")/quarkus-run.jar" >>"$WORK/$name.log" 2>&1 </dev/null &
  remember "$name" $!; disown $! 2>/dev/null || true
}
app_wait() {  # port timeout
  wait_http "http://localhost:$1/q/health/ready" "${2:-120}"
}
app_kill9() {  # name
  local pid; pid="$(pid_of "$1")"
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; forget "$1"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}
app_stop() {  # name (graceful)
  local pid; pid="$(pid_of "$1")"
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true; forget "$1"
}

# An open contest that allows several applications per account, through the admin API.
# Prints the program id.
make_contest() {  # base-url code
  local admin; admin="$(kc_token admin)"
  local opens deadline body id
  opens="$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)"; deadline="$(date -u -d '+7 day' +%Y-%m-%dT%H:%M:%SZ)"
  body=$(cat <<JSON
{"code":"$2","kind":"COMPETITION","allowMultiple":true,
 "name":{"zh":"扩展性检查 $2","en":"Scale-out check $2"},"organiser":{"zh":"检查","en":"Check"},
 "opensAt":"$opens","submissionDeadline":"$deadline",
 "tracks":[{"name":{"zh":"数字经济组","en":"Digital economy"}}],
 "rounds":[{"kind":"SCREENING","name":{"zh":"资格初审","en":"Qualification review"}}],
 "fields":[{"key":"summary","type":"LONG_TEXT","required":true,"label":{"zh":"项目简介","en":"Summary"}},
           {"key":"business_plan","type":"FILE","required":true,"allowedTypes":"PDF","maxBytes":5242880,
            "label":{"zh":"商业计划书","en":"Business plan"}}]}
JSON
)
  id=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "$body" "$1/api/v1/programs" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  [ -n "$id" ] || fail "could not create the contest $2"
  curl -s -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -X POST "$1/api/v1/programs/$id/open"
  echo "$id"
}

# The JDBC drivers the app itself ships, for the client's database verification.
driver_cp() { ls "$(app_dir "$1")"/lib/main/com.h2database.h2-*.jar "$(app_dir "$1")"/lib/main/org.postgresql.postgresql-*.jar 2>/dev/null | paste -sd:; }
rush() {  # kind args... — runs the Java client (JDK only + the JDBC driver)
  local kind="$1"; shift
  java -cp "$(driver_cp "$kind")" "$ROOT/deploy/scale-out/RushClient.java" "$@"
}
