#!/usr/bin/env bash
# The load benchmark: one command, a fresh app and a fresh private Keycloak each time.
#
#   bench/run.sh h2            # H2 file database
#   bench/run.sh postgresql    # the PostgreSQL database $PG_DB (dropped and created again)
#   bench/run.sh all           # both, one after the other
#
# Per database it builds the jar (DB_KIND is fixed at build time), starts Keycloak on $KC_PORT
# and the app with -Xmx512m on $APP_PORT, makes the bench users and fetches their tokens, then runs
# (1) the deadline rush, (3) judging at full size, loads 100,000 synthetic applications, (2) the
# big lists and (4) the exports, records (5) time to first page and RSS after each step, checks the
# database once the app has stopped, and writes the reports under target/bench/<db>/ and the
# summary into docs/benchmarks.md. Gatling's HTML reports: target/bench/<db>/gatling/*/index.html.
#
# Environment: APP_PORT (28080), KC_PORT (28180), KC_MGMT_PORT (28081), PG_HOST (127.0.0.1),
# PG_DB (bench), BENCH_APPLICANTS (2000), BENCH_WARMUP (400 applicants of a warm-up rush to another
# program before the timed one; 0: none), BENCH_JUDGES (60), BENCH_JUDGED (1350),
# BENCH_SYNTHETIC (100000), BENCH_SECONDS (30 per list page), SKIP_BUILD=1,
# BENCH_JAVA_OPTS (extra JVM options for the app, e.g. a JFR recording), BENCH_ONLY=lists (only the 100,000-row scenarios 2, 4 and 5; the public result page is then /results),
# BENCH_ONLY=rush (only scenario 1 and its database checks; the figures go to target/bench/<db>/summary.md,
# not into docs/benchmarks.md).
# Needs: Java 17, python3, curl, unzip, wrk (apt-get install wrk), and for PostgreSQL psql/createdb
# (run as root: su postgres, or PGPASSWORD=postgres for user postgres).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
KC_VERSION=26.7.3
APP_PORT="${APP_PORT:-28080}"
KC_PORT="${KC_PORT:-28180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-28081}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_DB="${PG_DB:-bench}"
BENCH_SECONDS="${BENCH_SECONDS:-30}"
export BENCH_APP="http://localhost:$APP_PORT" BENCH_KC="http://localhost:$KC_PORT"
MVN="$ROOT/mvnw -B -q"

say()  { printf '\n==> [%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }
for tool in java python3 curl unzip wrk; do
  command -v "$tool" >/dev/null || fail "$tool is missing (wrk: apt-get install wrk)"
done

KC_PID=""; APP_PID=""; SAMPLER=""
spawn() { local log="$1"; shift; setsid "$@" </dev/null >"$log" 2>&1 & }
stop() {  # $1 pid: TERM the process group, KILL after 30 s
  local pid="$1"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() { stop "$APP_PID"; stop "$KC_PID"; [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_200() {  # $1 url, $2 timeout s, $3 pid
  local start; start=$(date +%s)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true)" = 200 ]; do
    kill -0 "$3" 2>/dev/null || return 1
    [ $(( $(date +%s) - start )) -lt "$2" ] || return 1
    sleep 0.1
  done
}

note() {  # $1 key, $2 value: into state.json
  python3 - "$OUT/state.json" "$1" "$2" <<'EOF'
import json, os, sys
p, k, v = sys.argv[1:]
s = json.load(open(p)) if os.path.exists(p) else {}
try:
    v = json.loads(v)
except ValueError:
    pass
s[k] = v
json.dump(s, open(p, "w"), indent=1, ensure_ascii=False)
EOF
}
st() { python3 -c "import json,sys; print(json.load(open('$OUT/state.json'))[sys.argv[1]])" "$1"; }
rss() { note "rss_$1" "$(( $(ps -o rss= -p "$APP_PID") / 1024 ))"; }

gatling() {  # $1 simulation, rest -Dbench.* ; console to $OUT/<sim>.txt
  local sim="$1"; shift
  $MVN -f bench/pom.xml gatling:test -Dgatling.simulationClass="app.shortlist.bench.load.$sim" \
    -Dbench.results="$OUT/gatling" -Dbench.base="$BENCH_APP" "$@" 2>&1 | tee "$OUT/$sim.txt" | grep -E "elapsed$|^Global|^details|Reports generated" | tail -6 || true
  local dir; dir=$(ls -td "$OUT"/gatling/"$(echo "$sim" | tr 'A-Z' 'a-z')"-* | head -1)
  note "gatling_$sim" "\"$dir\""
}

keycloak() {
  local base="$ROOT/target/bench/keycloak" zip="$ROOT/target/bench/dist/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [ ! -s "$zip" ]; then
    $MVN dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$ROOT/target/bench/dist"
  fi
  rm -rf "$base"; mkdir -p "$base"; unzip -q "$zip" -d "$base"
  local home="$base/keycloak-$KC_VERSION"
  mkdir -p "$home/data/import"
  cp deploy/keycloak/shortlist-realm.json deploy/keycloak/shortlist-users-0.json "$home/data/import/"
  spawn "$OUT/keycloak.log" env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" "$home/bin/kc.sh" start-dev --http-port="$KC_PORT" \
    --http-management-port="$KC_MGMT_PORT" --import-realm
  KC_PID=$!
}

# Static pages of 1 KB … 200 KB in 1 KB steps, built into the bench jar only (target/classes is
# removed again after packaging): the same app serving a file of the list page's size is the yardstick.
static_ladder() {
  python3 - "$ROOT/target/classes/META-INF/resources/bench-static" <<'EOF'
import os, sys
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
head = b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>static</title></head><body><table>\n"
tail = b"</table></body></html>\n"
row = b"<tr><td>SYN-000000</td><td>static yardstick row of the benchmark</td><td>2026-01-01</td></tr>\n"
for kb in range(1, 201):
    n = kb * 1024 - len(head) - len(tail)
    open(os.path.join(d, f"{kb}k.html"), "wb").write(head + (row * (n // len(row) + 1))[:n] + tail)
EOF
}

query() {  # $1 db, $2 sql: the rows on stdout (psql: 'v|v'; H2's Shell: a header, 'v | v', a count)
  if [ "$1" = postgresql ]; then
    PGPASSWORD=postgres psql -h "$PG_HOST" -U postgres -d "$PG_DB" -At -F '|' -c "$2"
  else
    java -cp "$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.Shell \
      -url "jdbc:h2:file:$OUT/data/shortlist" -user sa -sql "$2"
  fi
}

run_db() {
  local db="$1"
  OUT="$ROOT/target/bench/$db"; export BENCH_OUT="$OUT"
  rm -rf "$OUT"; mkdir -p "$OUT"
  note db "\"$db\""
  note started "\"$(date -u +%FT%TZ)\""
  note commit "\"$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')\""
  note uptime "\"$(uptime | sed 's/.*load average/load average/')\""

  say "[$db] Keycloak (fresh, port $KC_PORT)"
  keycloak
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    say "[$db] building the jar (DB_KIND=$db)"
    static_ladder
    DB_KIND="$db" $MVN package -DskipTests
    rm -rf "$ROOT/target/classes/META-INF/resources/bench-static"
  fi

  local dbenv=()
  if [ "$db" = postgresql ]; then
    say "[$db] database $PG_DB dropped and created again"
    su postgres -c "dropdb --if-exists $PG_DB && createdb $PG_DB"
    dbenv=(DB_KIND=postgresql "DB_URL=jdbc:postgresql://$PG_HOST:5432/$PG_DB" DB_USER=postgres DB_PASSWORD=postgres)
  else
    dbenv=()
  fi
  # H2's database and, whatever the database, attachment files (shortlist.attachments.store) under $OUT/data.
  dbenv+=(SHORTLIST_DATA_DIR="$OUT/data")
  wait_200 "$BENCH_KC/realms/shortlist/.well-known/openid-configuration" 300 "$KC_PID" || fail "Keycloak did not start: $OUT/keycloak.log"

  say "[$db] starting the app (-Xmx512m, port $APP_PORT)"
  local t0; t0=$(date +%s%N)
  spawn "$OUT/app.log" env "${dbenv[@]}" APP_PORT="$APP_PORT" OIDC_URL="$BENCH_KC/realms/shortlist" \
    java -Xmx512m -Xlog:gc:file="$OUT/gc.log" ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar
  APP_PID=$!
  wait_200 "$BENCH_APP/" 300 "$APP_PID" || fail "the app did not start: $OUT/app.log"
  note firstPageMs "$(( ($(date +%s%N) - t0) / 1000000 ))"
  note startedIn "\"$(grep -o 'started in [0-9.]*s' "$OUT/app.log" | head -1)\""
  rss start

  if [ "${BENCH_ONLY:-}" = lists ]; then
    # Only the 100,000-row scenarios (2, 4, 5): no bench users, the demo admin's token.
    python3 bench/bench.py admin-token
  else
    say "[$db] bench users and their tokens"
    python3 bench/bench.py users
    python3 bench/bench.py tokens

    python3 bench/bench.py rush-program
    if [ "${BENCH_WARMUP:-400}" -gt 0 ]; then
      # A deadline meets an instance that has served for weeks, not one just started: the same calls
      # by other applicants to another program first, so the JIT has compiled them. Reported, not judged.
      say "[$db] warm-up: ${BENCH_WARMUP:-400} other applicants to another program (not timed against the bar)"
      gatling RushSimulation -Dbench.programId="$(st warmProgram)" -Dbench.trackId="$(st warmTrack)" \
        -Dbench.users="${BENCH_WARMUP:-400}" -Dbench.rampSeconds=40 -Dbench.applicants="$OUT/warmup.csv" -Dbench.pdf="$OUT/plan-1mb.pdf"
      mv "$OUT/RushSimulation.txt" "$OUT/RushWarmup.txt"
      note gatling_RushWarmup "\"$(st gatling_RushSimulation)\""
      python3 bench/bench.py drain
    fi
    say "[$db] (1) deadline rush: ${BENCH_APPLICANTS:-2000} applicants"
    gatling RushSimulation -Dbench.programId="$(st rushProgram)" -Dbench.trackId="$(st rushTrack)" \
      -Dbench.users="${BENCH_APPLICANTS:-2000}" -Dbench.applicants="$OUT/applicants.csv" -Dbench.pdf="$OUT/plan-1mb.pdf"
    rss rush
    python3 bench/bench.py drain

  fi
  if [ -z "${BENCH_ONLY:-}" ]; then
    say "[$db] (3) judging: ${BENCH_JUDGED:-1350} applications x 5 judges from ${BENCH_JUDGES:-60}"
    python3 bench/bench.py judging-setup
    python3 bench/bench.py judging-assign
    gatling ScoringSimulation -Dbench.judges="${BENCH_JUDGES:-60}" -Dbench.judgeTokens="$OUT/judges.csv"
    python3 bench/bench.py judging-rank
    rss judging
    python3 bench/bench.py drain
  fi
  if [ "${BENCH_ONLY:-}" != rush ]; then
    say "[$db] ${BENCH_SYNTHETIC:-100000} synthetic applications"
    python3 bench/bench.py synthetic
    rss synthetic

    say "[$db] (2) big lists"
    local admin list queue results
    admin="$(st adminToken)"
    list="/admin/programs/$(st bigProgram)/applications?status=SUBMITTED&part=$(st bigTrack)&sort=SUBMITTED"
    queue="/screening/rounds/$(st bigRound)"
    results="/results"; [ "${BENCH_ONLY:-}" = lists ] || results="/results/$(st resultList)"
    note listPath "\"$list\""; note queuePath "\"$queue\""; note resultsPath "\"$results\""
    local bytes; bytes=$(curl -s -H "Authorization: Bearer $admin" "$BENCH_APP$list" | wc -c)
    note listBytes "$bytes"
    note queueBytes "$(curl -s -H "Authorization: Bearer $admin" "$BENCH_APP$queue" | wc -c)"
    note resultsBytes "$(curl -s "$BENCH_APP$results" | wc -c)"
    gatling ListsSimulation -Dbench.adminToken="$admin" -Dbench.listPath="$list" -Dbench.queuePath="$queue" \
      -Dbench.resultsPath="$results" -Dbench.seconds="$BENCH_SECONDS"
    local kb=$(( (bytes + 512) / 1024 )); [ "$kb" -ge 1 ] || kb=1; [ "$kb" -le 200 ] || kb=200
    local static="/bench-static/${kb}k.html"
    note staticPath "\"$static\""; note staticBytes "$(curl -s "$BENCH_APP$static" | wc -c)"
    say "[$db] wrk: the list page ($bytes bytes) and $static, 16 connections, 20 s each"
    wrk -t2 -c16 -d5s -H "Authorization: Bearer $admin" "$BENCH_APP$list" >/dev/null
    # A poor man's profile of the list page under wrk: ten thread dumps of the app, 1.5 s apart.
    (sleep 3; for _ in $(seq 1 10); do jcmd "$APP_PID" Thread.print 2>/dev/null; sleep 1.5; done) >"$OUT/stacks-list.txt" &
    wrk -t2 -c16 -d20s --latency -H "Authorization: Bearer $admin" "$BENCH_APP$list" | tee "$OUT/wrk-list.txt"
    wait $! 2>/dev/null || true
    wrk -t2 -c16 -d5s "$BENCH_APP$static" >/dev/null
    wrk -t2 -c16 -d20s --latency "$BENCH_APP$static" | tee "$OUT/wrk-static.txt"
    rss lists

    say "[$db] (4) exports of $(st syntheticCount) rows"
    for fmt in csv xlsx pdf; do
      (while kill -0 "$APP_PID" 2>/dev/null; do jstat -gc "$APP_PID" | tail -1; sleep 0.2; done) >"$OUT/jstat-$fmt.txt" &
      SAMPLER=$!
      curl -s -o "$OUT/export.$fmt" -w '{"http": %{http_code}, "seconds": %{time_total}, "bytes": %{size_download}}' \
        -H "Authorization: Bearer $admin" "$BENCH_APP/api/v1/programs/$(st bigProgram)/applications/export?format=$fmt" \
        >"$OUT/export-$fmt.json"
      kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; SAMPLER=""
      note "export_$fmt" "$(cat "$OUT/export-$fmt.json")"
      # Peak heap in use while streaming: survivor + eden + old (jstat -gc columns S0U S1U EU OU, KB).
      note "exportHeapMb_$fmt" "$(awk '{u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%d", m/1024}' "$OUT/jstat-$fmt.txt")"
      rm -f "$OUT/export.$fmt"
    done
    rss exports
  fi

  say "[$db] stopping the app; checking the database"
  stop "$APP_PID"; APP_PID=""
  query "$db" "$(python3 bench/checks.py sql)" >"$OUT/checks.txt"
  # The rush's attachments kept as files: each must be on disk with its megabyte.
  query "$db" "$(python3 bench/checks.py file-keys-sql)" >"$OUT/rush-file-keys.txt"
  python3 bench/checks.py files "$OUT/rush-file-keys.txt" "$OUT/data/attachments" >"$OUT/checks-files.txt"
  stop "$KC_PID"; KC_PID=""
  python3 bench/checks.py summary
}

case "${1:-}" in
  h2|postgresql) run_db "$1" ;;
  all) run_db h2; run_db postgresql ;;
  *) echo "usage: bench/run.sh h2|postgresql|all" >&2; exit 2 ;;
esac
say "done: docs/benchmarks.md, reports under target/bench/"
