#!/usr/bin/env bash
# Crash, outage and fail-over checks of Shortlist (issue 6), each against the packaged app
# with a private Keycloak, a private PostgreSQL cluster and nginx, all under target/scale-out.
#
#   deploy/scale-out/check.sh all            # everything below, in this order
#   deploy/scale-out/check.sh validate       # the deploy/ files only (seconds; no app, no Keycloak)
#   deploy/scale-out/check.sh sigkill-h2     # kill -9 during a rush on H2, restart, clients retry
#   deploy/scale-out/check.sh sigkill-pg     # the same on PostgreSQL
#   deploy/scale-out/check.sh db-outage      # PostgreSQL stopped for 10 s under load
#   deploy/scale-out/check.sh two-instances  # two apps behind nginx, a shared session, one killed
#
# Ports (override with the variables): nginx 38080, apps 38081/38082, Keycloak 38180,
# PostgreSQL 35432. Needs Java 17+, curl, python3, PostgreSQL binaries, nginx.
# SKIP_BUILD=1 reuses the jars under target/scale-out/build-*. Results: target/scale-out/*.out,
# a summary in target/scale-out/summary.txt. See deploy/README.md for what each proves.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

USERS="${RUSH_USERS:-20}"    # concurrent applicants
PER="${RUSH_PER:-5}"         # applications each
TOTAL=$((USERS * PER))
SUMMARY="$WORK/summary.txt"
note() { say "$*"; echo "$*" >>"$SUMMARY"; }

acks() { local n; n=$(grep -c '^ACK ' "$1" 2>/dev/null) || true; echo "${n:-0}"; }
wait_acks() {  # file n client-pid
  while [ "$(acks "$1")" -lt "$2" ]; do
    kill -0 "$3" 2>/dev/null || fail "the client stopped early: $(tail -3 "$1")"
    sleep 0.2
  done
}
files_of() { if [ "$1" = h2 ]; then echo "attachments=$WORK/h2/attachments"; fi; }
jdbc_of() { if [ "$1" = h2 ]; then echo "jdbc:h2:file:$WORK/h2/shortlist"; else echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME"; fi; }
creds_of() { if [ "$1" = h2 ]; then echo "user=sa password="; else echo "user=postgres password=postgres"; fi; }

# --- SIGKILL during the rush ----------------------------------------------------------------------
sigkill() {  # h2|postgresql
  local kind="$1" out="$WORK/sigkill-$1.out" prog client t0 t_kill t_up at_kill
  app_build "$kind"
  if [ "$kind" = postgresql ]; then pg_init; else rm -rf "$WORK/h2"; fi
  app_start app1 "$APP1_PORT" "$kind"
  app_wait "$APP1_PORT" 180 || fail "app did not start, see $WORK/app1.log"
  prog="$(make_contest "http://localhost:$APP1_PORT" "K$(echo "${kind:0:2}" | tr a-z A-Z)$(date +%s | tail -c 5)")"
  t0=$(now_ms)
  : >"$out"
  rush "$kind" run base="http://localhost:$APP1_PORT" realm="$REALM_URL" program="$prog" users="$USERS" per="$PER" \
    out="$out" run="kill-$kind-$t0" >/dev/null &
  client=$!
  wait_acks "$out" $((TOTAL / 3)) "$client"
  app_kill9 app1; t_kill=$(now_ms); at_kill=$(acks "$out")
  say "SIGKILL after $at_kill acknowledged submissions; restarting"
  app_start app1 "$APP1_PORT" "$kind"
  app_wait "$APP1_PORT" 180 || fail "app did not restart, see $WORK/app1.log"
  t_up=$(now_ms)
  wait "$client" || true
  app_stop app1   # H2 allows one process per file: release it for the verification
  # shellcheck disable=SC2046
  rush "$kind" verify jdbc="$(jdbc_of "$kind")" $(creds_of "$kind") $(files_of "$kind") program="$prog" expected="$TOTAL" \
    out="$out" | tee -a "$out"
  grep -q '^VERIFY .* problems=0' "$out" || fail "sigkill-$kind: see $out"
  local files=""
  if [ "$kind" = h2 ]; then
    # Attachment files: an upload killed between its file and its commit leaves an orphan. Start once
    # more with no grace (nothing is in flight now): the sweep deletes the orphans and keeps every named file.
    local orphans swept lines
    orphans=$(grep '^VERIFY' "$out" | tail -1 | sed -n 's/.*orphanFiles=\([0-9]*\).*/\1/p')
    lines=$(wc -l <"$WORK/app1.log")
    app_start app1 "$APP1_PORT" "$kind" ATTACHMENT_ORPHAN_GRACE=0S
    app_wait "$APP1_PORT" 180 || fail "app did not start for the sweep, see $WORK/app1.log"
    for _ in $(seq 1 60); do tail -n +"$((lines + 1))" "$WORK/app1.log" | grep -q 'Attachment sweep:' && break; sleep 0.5; done
    swept=$(tail -n +"$((lines + 1))" "$WORK/app1.log" | grep -o 'Attachment sweep: .*' | head -1)
    app_stop app1
    # shellcheck disable=SC2046
    rush "$kind" verify jdbc="$(jdbc_of "$kind")" $(creds_of "$kind") $(files_of "$kind") program="$prog" expected="$TOTAL" \
      out="$out" | tee -a "$out"
    grep '^VERIFY' "$out" | tail -1 | grep -q 'orphanFiles=0 problems=0' || fail "sigkill-$kind after the sweep: see $out"
    files="; $orphans orphaned attachment file(s) after the kill, none after the sweep (${swept:-no sweep line logged})"
  fi
  note "sigkill-$kind: OK — $TOTAL applications by $USERS clients, SIGKILL after $at_kill acknowledged, restarted and ready in $(( (t_up - t_kill) / 1000 )) s; $(grep '^SUMMARY' "$out" | cut -c9-)$files; whole run $(( ($(now_ms) - t0) / 1000 )) s"
  [ "$kind" = postgresql ] && pg_stop
  return 0
}

# --- PostgreSQL unavailable for 10 s under load ---------------------------------------------------
db_outage() {
  local out="$WORK/db-outage.out" probes="$WORK/db-outage-probes.out" prog client token t_stop t_start t_up
  app_build postgresql
  pg_init
  app_start app1 "$APP1_PORT" postgresql
  app_wait "$APP1_PORT" 180 || fail "app did not start"
  prog="$(make_contest "http://localhost:$APP1_PORT" "DBO$(date +%s | tail -c 5)")"
  token="$(kc_token applicant1)"
  : >"$out"
  rush postgresql run base="http://localhost:$APP1_PORT" realm="$REALM_URL" program="$prog" users="$USERS" per="$PER" \
    out="$out" run="outage-$(now_ms)" >/dev/null &
  client=$!
  wait_acks "$out" $((TOTAL / 5)) "$client"
  : >"$probes"
  pg_stop; t_stop=$(now_ms)
  say "PostgreSQL stopped; probing for 10 s"
  # Probe a page, the API and readiness every 0.5 s; each probe may take at most 10 s (a hang fails).
  while [ $(( $(now_ms) - t_stop )) -lt 10000 ]; do
    probe "$token" "$t_stop" >>"$probes"
    sleep 0.5
  done
  pg_start; t_start=$(now_ms)
  wait_http "http://localhost:$APP1_PORT/q/health/ready" 60 || fail "readiness did not come back after the database did"
  t_up=$(now_ms)
  curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://localhost:$APP1_PORT/applications" \
    | grep -q 200 || fail "pages did not recover"
  wait "$client" || true
  rush postgresql verify jdbc="$(jdbc_of postgresql)" $(creds_of postgresql) program="$prog" expected="$TOTAL" out="$out" \
    | tee -a "$out"
  grep -q '^VERIFY .* problems=0' "$out" || fail "db-outage: see $out"
  grep -q '^page 503 .*friendly' "$probes" || fail "no friendly 503 page during the outage (see $probes)"
  grep -q '^api 503 .*unavailable' "$probes" || fail "no JSON 503 during the outage (see $probes)"
  grep -q '^ready 503 .*DOWN' "$probes" || fail "readiness never reported DOWN (see $probes)"
  local slowest down page
  slowest=$(awk '{print $3}' "$probes" | sort -n | tail -1)
  down=$(awk '/^ready 503/ {print $NF / 1000; exit}' "$probes")
  page=$(awk '/^page 503/ {print $NF / 1000; exit}' "$probes")
  [ "${slowest%.*}" -lt 10 ] || fail "a request hung ${slowest}s during the outage"
  note "db-outage: OK — readiness answered DOWN ${down} s after the stop, the first page a friendly 503 ${page} s after it; slowest probe during the outage ${slowest}s; $(grep -c '^page 503' "$probes") page / $(grep -c '^api 503' "$probes") API probes answered 503; ready again $(( (t_up - t_start) / 1000 )).$(( (t_up - t_start) % 1000 / 100 )) s after PostgreSQL was back; $(grep '^SUMMARY' "$out" | cut -c9-)"
  app_stop app1; pg_stop
}
probe() {  # token t0 — prints "what status seconds detail ms-since-t0", readiness first
  local page api ready
  ready=$(curl -s -m 15 -o "$WORK/probe-ready.json" -w '%{http_code} %{time_total}' "http://localhost:$APP1_PORT/q/health/ready" || echo "000 15")
  echo "ready $ready $(grep -o '"status": *"DOWN"' "$WORK/probe-ready.json" 2>/dev/null | head -1 | tr -d ' ') $(( $(now_ms) - $2 ))"
  page=$(curl -s -m 15 -o "$WORK/probe-page.html" -w '%{http_code} %{time_total}' -H 'Accept-Language: zh-CN' \
    -H "Authorization: Bearer $1" "http://localhost:$APP1_PORT/applications" || echo "000 15")
  echo "page $page $(grep -q '暂时无法访问' "$WORK/probe-page.html" 2>/dev/null && echo friendly) $(( $(now_ms) - $2 ))"
  api=$(curl -s -m 15 -o "$WORK/probe-api.json" -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer $1" "http://localhost:$APP1_PORT/api/v1/me/applications" || echo "000 15")
  echo "api $api $(grep -o '"code":"[a-z_]*"' "$WORK/probe-api.json" 2>/dev/null | cut -d'"' -f4) $(( $(now_ms) - $2 ))"
}

# --- two instances behind nginx ---------------------------------------------------------------------
nginx_start() {
  local dir="$WORK/nginx"
  command -v nginx >/dev/null || fail "nginx not found (apt-get install nginx-light)"
  rm -rf "$dir"; mkdir -p "$dir/conf" "$dir/logs" "$dir/temp"
  sed -e "s/server app1:8080/server 127.0.0.1:$APP1_PORT/" -e "s/server app2:8080/server 127.0.0.1:$APP2_PORT/" \
      -e "s/listen 8080;/listen 127.0.0.1:$NGINX_PORT;/" "$ROOT/deploy/nginx/nginx.conf" >"$dir/conf/nginx.conf"
  nginx -p "$dir" -c conf/nginx.conf -t >"$dir/logs/test.log" 2>&1 || fail "nginx -t: $(cat "$dir/logs/test.log")"
  nginx -p "$dir" -c conf/nginx.conf -g 'daemon off;' >"$dir/logs/stdout.log" 2>&1 &
  remember nginx $!
  wait_http "http://localhost:$NGINX_PORT/" 20 || fail "nginx did not answer"
}
# Signs applicant1 in through nginx with the browser's flow (Keycloak's login form), then uses the
# session cookies against each instance directly: both must know the person.
session_check() {
  local jar="$WORK/session.jar" page action who1 who2
  rm -f "$jar"
  page=$(curl -s -c "$jar" -b "$jar" -L "http://localhost:$NGINX_PORT/home")
  action=$(printf '%s' "$page" | grep -o 'action="[^"]*login-actions/authenticate[^"]*"' | head -1 | cut -d'"' -f2 | sed 's/&amp;/\&/g')
  [ -n "$action" ] || fail "no Keycloak login form behind /home"
  curl -s -c "$jar" -b "$jar" -L -o "$WORK/session-home.html" --data-urlencode username=applicant1 \
    --data-urlencode password=demo "$action"
  for port in "$APP1_PORT" "$APP2_PORT"; do
    code=$(curl -s -b "$jar" -o "$WORK/session-$port.html" -w '%{http_code}' "http://localhost:$port/applications")
    [ "$code" = 200 ] || fail "the session cookie was not accepted by the instance on $port ($code)"
    grep -q 'applicant1\|/logout' "$WORK/session-$port.html" || fail "instance on $port does not show the signed-in person"
  done
  # And without the cookie the same page sends the browser to sign in.
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$APP2_PORT/applications")" = 302 ] || fail "unsigned request not redirected"
  note "session: OK — signed in through nginx; the encrypted session cookie was accepted by both instances ($APP1_PORT, $APP2_PORT)"
}
two_instances() {
  local out="$WORK/two-instances.out" prog client
  app_build postgresql
  pg_init
  app_start app1 "$APP1_PORT" postgresql
  app_wait "$APP1_PORT" 180 || fail "app1 did not start"   # Flyway migrates once, before the second starts
  app_start app2 "$APP2_PORT" postgresql
  app_wait "$APP2_PORT" 180 || fail "app2 did not start"
  nginx_start
  session_check
  prog="$(make_contest "http://localhost:$NGINX_PORT" "LB$(date +%s | tail -c 5)")"
  : >"$out"
  rush postgresql run base="http://localhost:$NGINX_PORT" realm="$REALM_URL" program="$prog" users="$USERS" per="$PER" \
    out="$out" run="lb-$(now_ms)" >/dev/null &
  client=$!
  wait_acks "$out" $((TOTAL / 3)) "$client"
  app_kill9 app2
  say "SIGKILL of the instance on $APP2_PORT after $(acks "$out") acknowledged submissions"
  wait "$client" || true
  rush postgresql verify jdbc="$(jdbc_of postgresql)" $(creds_of postgresql) program="$prog" expected="$TOTAL" out="$out" \
    | tee -a "$out"
  grep -q '^VERIFY .* problems=0' "$out" || fail "two-instances: see $out"
  local log="$WORK/nginx/logs/access.log" served1 served2 failed_over
  served1=$(grep -c "upstream=127.0.0.1:$APP1_PORT" "$log" || true)
  served2=$(grep -c "upstream=127.0.0.1:$APP2_PORT" "$log" || true)
  failed_over=$(grep -c "upstream=127.0.0.1:$APP2_PORT, 127.0.0.1:$APP1_PORT" "$log" || true)
  [ "$served2" -gt 0 ] && [ "$served1" -gt 0 ] || fail "nginx did not balance over both instances"
  note "two-instances: OK — $TOTAL applications through nginx, instance $APP2_PORT SIGKILLed mid-rush; requests seen by $APP1_PORT: $served1, by $APP2_PORT: $served2, passed on by nginx after a failure: $failed_over; $(grep '^SUMMARY' "$out" | cut -c9-)"
  app_stop app1; pg_stop
}

# --- the deploy/ files themselves: YAML parses, nginx accepts its config, generated files are current ---
validate() {
  local dir="$WORK/validate"
  rm -rf "$dir"; mkdir -p "$dir/conf" "$dir/logs" "$dir/temp"
  python3 - "$ROOT/deploy" <<'PY' || fail "a YAML file does not parse"
import glob, sys, yaml
root = sys.argv[1]
for f in sorted(glob.glob(root + "/k8s/*.yaml")) + [root + "/compose/compose.yaml"]:
    docs = [d for d in yaml.safe_load_all(open(f, encoding="utf-8")) if d]
    assert docs, f + " is empty"
    for d in docs:
        assert "kind" in d or "services" in d, f + ": a document without kind"
PY
  python3 "$ROOT/deploy/k8s/realm-import.py" | cmp -s - "$ROOT/deploy/k8s/30-keycloak.yaml" \
    || fail "deploy/k8s/30-keycloak.yaml is stale: python3 deploy/k8s/realm-import.py > deploy/k8s/30-keycloak.yaml"
  sed -e "s/server app[12]:8080/server 127.0.0.1:8080/" "$ROOT/deploy/nginx/nginx.conf" >"$dir/conf/nginx.conf"
  nginx -p "$dir" -c conf/nginx.conf -t >"$dir/nginx-t.log" 2>&1 || fail "nginx -t: $(cat "$dir/nginx-t.log")"
  bash -n "$ROOT/deploy/scale-out/check.sh" && bash -n "$ROOT/deploy/scale-out/lib.sh"
  javac -d "$dir/classes" "$ROOT/deploy/scale-out/RushClient.java" || fail "RushClient.java does not compile"
  note "validate: OK — k8s and compose YAML parse, the realm import is current, nginx -t accepts deploy/nginx/nginx.conf"
}

start_all=$(now_ms)
what="${1:-all}"
: >"$SUMMARY"
if [ "$what" = validate ]; then validate; exit 0; fi
kc_start
kc_users "$USERS"
case "$what" in
  all) validate; sigkill h2; sigkill postgresql; db_outage; two_instances ;;
  sigkill-h2) sigkill h2 ;;
  sigkill-pg) sigkill postgresql ;;
  db-outage) db_outage ;;
  two-instances) two_instances ;;
  *) fail "unknown check '$what' (all | validate | sigkill-h2 | sigkill-pg | db-outage | two-instances)" ;;
esac
note "all requested checks passed in $(( ($(now_ms) - start_all) / 1000 )) s"
