#!/usr/bin/env bash
# Attack a private Shortlist with scanners nobody here wrote: Debian's wapiti and sqlmap.
#
#   deploy/security/scan.sh            build, start, scan, summarise (about 20–30 minutes)
#
# What it does, all on its own ports and data so a local run is left alone:
#   1. installs wapiti and sqlmap with apt-get if they are missing (needs root);
#   2. builds the app (skip with SKIP_BUILD=1), unpacks a fresh Keycloak into
#      target/security-scan/ and starts it on 48180 with the realm from deploy/keycloak,
#      then the app on 48080 on a fresh H2 database under target/security-scan/data;
#   3. generates the reference programs (Hangzhou, Jiangxi) through the demo-data API;
#   4. signs in as applicant1, screener, judge1, recommender and admin by driving
#      Keycloak's own login form with curl, keeping each session cookie;
#   5. runs wapiti once anonymously and once per role (XSS, stored XSS, SQL and blind SQL
#      injection, command execution, file disclosure, CRLF, open redirect,
#      headers, cookies, CSP, CSRF), never following /logout nor the (slow, full-size) exports;
#   6. runs sqlmap against the search and filter parameters of the staff list, the
#      screening queue and their JSON API twins, and against three forms that need a CSRF
#      token (sqlmap's --csrf-token);
#   7. writes the reports under target/security-scan/ and a summary to docs/security-scan.md
#      (deploy/security/summarise.py); exit status 1 when a finding of medium or higher
#      severity is not listed as explained in deploy/security/false-positives.txt.
#
# Environment (all optional):
#   SKIP_BUILD=1           reuse target/quarkus-app as it is
#   WAPITI_SCAN_TIME       seconds per wapiti run, crawl and attacks      (default 900)
#   WAPITI_ATTACK_TIME     seconds per wapiti attack module                (default 120)
#   SQLMAP_TIMEOUT         seconds per sqlmap target                       (default 600)
#   ROLES                  who wapiti scans as          (default "anonymous applicant1 screener judge1 recommender admin")
#   KEEP_RUNNING=1         leave the app and Keycloak running at the end (stop them with Ctrl-C)
set -euo pipefail

KC_VERSION=26.7.3
APP_PORT=48080
KC_PORT=48180
KC_MANAGEMENT_PORT=49000
WAPITI_SCAN_TIME="${WAPITI_SCAN_TIME:-900}"
WAPITI_ATTACK_TIME="${WAPITI_ATTACK_TIME:-120}"
SQLMAP_TIMEOUT="${SQLMAP_TIMEOUT:-600}"
ROLES="${ROLES:-anonymous applicant1 screener judge1 recommender admin}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/security-scan"
APP="http://localhost:$APP_PORT"
REALM_URL="http://localhost:$KC_PORT/realms/shortlist"
KC_HOME="$OUT/keycloak-$KC_VERSION"

say()  { printf '==> %s\n' "$*"; }
fail() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# --- 1. Tools -----------------------------------------------------------------------------
if ! command -v wapiti >/dev/null 2>&1 || ! command -v sqlmap >/dev/null 2>&1; then
  say "Installing wapiti and sqlmap (Debian packages)"
  [ "$(id -u)" = "0" ] || fail "wapiti or sqlmap is missing; run 'sudo apt-get install -y wapiti sqlmap' first"
  DEBIAN_FRONTEND=noninteractive apt-get install -y wapiti sqlmap >/dev/null
fi
for tool in curl python3 unzip java; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool not found on PATH"
done
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$APP_PORT" "$KC_PORT" "$KC_MANAGEMENT_PORT"; do
  port_in_use "$port" && fail "port $port is already in use; the scan needs its own app and Keycloak"
done

# The commit scanned (with "+changes" when src/ differs from it), taken before the build.
COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+changes')"
rm -rf "$OUT"
mkdir -p "$OUT/cookies" "$OUT/wapiti" "$OUT/sqlmap" "$OUT/data"

# --- 2. Build, Keycloak, app ------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != "1" ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  say "Building the app"
  ./mvnw -B -q package -DskipTests
fi
# A copy, so a build during the scan does not pull the jars from under the running app.
cp -r target/quarkus-app "$OUT/app"
say "Unpacking a fresh Keycloak $KC_VERSION"
./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$OUT/dist"
unzip -q "$OUT/dist/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$OUT"
chmod +x "$KC_HOME"/bin/*.sh
mkdir -p "$KC_HOME/data/import"
cp deploy/keycloak/shortlist-realm.json deploy/keycloak/shortlist-users-0.json "$KC_HOME/data/import/"

PIDS=()
cleanup() {
  local rc=$? pid
  trap - EXIT
  if [ "${KEEP_RUNNING:-0}" = "1" ] && [ "$rc" -ne 130 ]; then
    say "Left running: app $APP, Keycloak http://localhost:$KC_PORT (Ctrl-C stops them)"
    wait || true
  fi
  for pid in "${PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Starting Keycloak on $KC_PORT"
setsid env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" \
  "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT" --import-realm \
  </dev/null >"$OUT/keycloak.log" 2>&1 &
PIDS+=($!)

wait_for() {  # url timeout name log
  local start; start=$(date +%s)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true)" = "200" ]; do
    [ $(( $(date +%s) - start )) -lt "$2" ] || { tail -n 30 "$4" >&2; fail "$3 not ready after $2 s; see $4"; }
    sleep 2
  done
}
wait_for "$REALM_URL/.well-known/openid-configuration" 300 Keycloak "$OUT/keycloak.log"

# A scan outlasts the realm's 5-minute tokens; this private realm only keeps sessions for two hours.
"$KC_HOME/bin/kcadm.sh" config credentials --config "$OUT/kcadm.config" --server "http://localhost:$KC_PORT" \
  --realm master --user admin --password admin >/dev/null
"$KC_HOME/bin/kcadm.sh" update realms/shortlist --config "$OUT/kcadm.config" \
  -s accessTokenLifespan=7200 -s ssoSessionIdleTimeout=7200 -s ssoSessionMaxLifespan=7200

say "Starting the app on $APP_PORT (fresh H2 under target/security-scan/data)"
# COOKIE_SECURE=false: the scanners are Python clients, whose cookie jars never send a Secure
# cookie over plain HTTP, not even to localhost (browsers do); the scan would run signed out.
# The access log ($OUT/access.log) shows what each scanner request was answered, to check a finding.
setsid env APP_PORT="$APP_PORT" OIDC_URL="$REALM_URL" SHORTLIST_DATA_DIR="$OUT/data" COOKIE_SECURE=false \
  java -Xmx768m -Dquarkus.http.access-log.enabled=true -Dquarkus.http.access-log.log-to-file=true \
    -Dquarkus.http.access-log.base-file-name=access -Dquarkus.http.access-log.log-directory="$OUT" \
    -jar "$OUT/app/quarkus-run.jar" </dev/null >"$OUT/app.log" 2>&1 &
PIDS+=($!)
wait_for "$APP/q/health/ready" 300 "The app" "$OUT/app.log"

# --- 3. Demo data ---------------------------------------------------------------------------
for set in hangzhou jiangxi; do
  say "Demo data: $set"
  SHORTLIST_URL="$APP" OIDC_URL="$REALM_URL" DEMO_LANG=en deploy/local/demo-data.sh "$set" >"$OUT/demo-$set.log" 2>&1 \
    || { cat "$OUT/demo-$set.log" >&2; fail "demo data $set failed"; }
done

# --- 4. Sign in as each role --------------------------------------------------------------------
token() {  # username -> access token (password grant of the API client)
  curl -sS -d grant_type=password -d client_id=shortlist-api -d "username=$1" -d password=demo \
    "$REALM_URL/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

sign_in() {  # username: Keycloak's login form, driven like a browser; the app's session cookie lands in the jar
  local user="$1" jar="$OUT/cookies/$1.txt" action
  curl -sS -L -c "$jar" -b "$jar" -o "$OUT/cookies/$user-login.html" "$APP/login?ui_locales=en"
  action="$(python3 - "$OUT/cookies/$user-login.html" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
form = re.search(r'<form[^>]*id="kc-form-login"[^>]*>', page)
print(html.unescape(re.search(r'action="([^"]*)"', form.group(0)).group(1)) if form else "")
PY
)"
  [ -n "$action" ] || fail "no Keycloak login form for $user; see $OUT/cookies/$user-login.html"
  curl -sS -L -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode password=demo \
    --data-urlencode credentialId= "$action"
  curl -sS -b "$jar" "$APP/home" | grep -q 'data-testid="signed-in-as"' || fail "could not sign in as $user"
  # wapiti's JSON cookie file and sqlmap's Cookie header, from curl's jar (the app's cookies only)
  python3 - "$jar" "$OUT/cookies/$user.json" "$OUT/cookies/$user.header" <<'PY'
import json, sys
cookies = {}
for line in open(sys.argv[1]):
    if line.startswith("#HttpOnly_"):
        line = line[len("#HttpOnly_"):]
    elif line.startswith("#") or not line.strip():
        continue
    domain, _, path, secure, expires, name, value = line.rstrip("\n").split("\t")
    if path == "/":
        cookies[name] = {"value": value, "expires": int(expires) or None, "secure": secure == "TRUE",
                         "port": None, "version": 0}
json.dump({".localhost.local": {"/": cookies}}, open(sys.argv[2], "w"), indent=1)
open(sys.argv[3], "w").write("; ".join(f"{n}={c['value']}" for n, c in cookies.items()))
PY
}

for user in applicant1 screener judge1 recommender admin; do
  say "Signing in as $user"
  sign_in "$user"
done
echo '{}' >"$OUT/cookies/anonymous.json"

# Ids for the targeted runs: the Hangzhou contest and its screening round.
ADMIN_TOKEN="$(token admin)"
SCREENER_TOKEN="$(token screener)"
HZ="$(grep -o 'admin/programs/[0-9]*' "$OUT/demo-hangzhou.log" | grep -o '[0-9]*$' || true)"
[ -n "${HZ:-}" ] || fail "no Hangzhou program found"
SR="$(curl -sS -H "Authorization: Bearer $ADMIN_TOKEN" "$APP/api/v1/programs/$HZ/rounds" \
  | python3 -c 'import json,sys; print(next(r["id"] for r in json.load(sys.stdin) if r["kind"] == "SCREENING"))')"
# judge1 in the expert registry, so the judge's own forms (conflicts) are there to attack.
curl -sS -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" -H "Content-Type: application/json" \
  -d '{"username":"judge1","name":"Judge One","email":"judge1@example.cn","organisation":"Scan"}' "$APP/api/v1/judges" || true
# An open queue gives the screener's filters and forms something to answer with.
curl -sS -o /dev/null -X POST -H "Authorization: Bearer $ADMIN_TOKEN" "$APP/api/v1/rounds/$SR/screening/open" || true
say "Hangzhou program $HZ, screening round $SR"

# --- 5. wapiti ------------------------------------------------------------------------------------
# Not ssrf and xxe: they detect out-of-band through wapiti's public server (wapiti3.ovh); the scan stays local.
MODULES="xss,permanentxss,sql,blindsql,exec,file,crlf,redirect,http_headers,cookieflags,csp,csrf,methods"
wapiti_run() {  # role
  local role="$1"
  timeout $(( WAPITI_SCAN_TIME + 600 )) /usr/bin/python3 deploy/security/wapiti.py -u "$APP/" --scope folder -c "$OUT/cookies/$role.json" \
    -x "$APP/logout" -x "$APP/logout*" -x "$APP/*/export*" -s "$APP/home" -s "$APP/admin/programs/$HZ/applications" -s "$APP/screening/rounds/$SR" \
    -m "$MODULES" -d 4 --max-links-per-page 40 --max-files-per-dir 25 --max-parameters 25 \
    --max-scan-time "$WAPITI_SCAN_TIME" --max-attack-time "$WAPITI_ATTACK_TIME" -t 20 \
    --flush-session --store-session "$OUT/wapiti/session-$role" --store-config "$OUT/wapiti/config-$role" \
    --no-bugreport -v 1 -f json -o "$OUT/wapiti/$role.json" >"$OUT/wapiti/$role.log" 2>&1 \
    || echo "wapiti ($role) ended with status $? — see $OUT/wapiti/$role.log" >>"$OUT/wapiti/$role.log"
}

# --- 6. sqlmap ------------------------------------------------------------------------------------
# The form targets fetch their CSRF token from the form's page under another host name (127.0.0.1, the
# attack goes to localhost): sqlmap 1.7 sends its token fetch to the target's own host as an empty
# POST whatever --csrf-method says, which the app refuses (a form post without a Content-Type, 400).
# --dbms=H2: the scanned instance runs on H2, and naming it keeps sqlmap from spending its time on
# other databases' payloads. The queries are the same JPQL on PostgreSQL, all bound parameters.
APP_BY_IP="http://127.0.0.1:$APP_PORT"
sqlmap_run() {  # name, then sqlmap arguments
  local name="$1"; shift
  timeout "$SQLMAP_TIMEOUT" sqlmap --batch --flush-session --dbms=H2 --level 3 --risk 1 --timeout 30 \
    --output-dir "$OUT/sqlmap/$name" "$@" >"$OUT/sqlmap/$name.log" 2>&1 \
    || echo "sqlmap ($name) ended with status $?" >>"$OUT/sqlmap/$name.log"
}

say "Scanning: wapiti as ${ROLES// /, }; sqlmap on 7 targets, all at once (up to $(( WAPITI_SCAN_TIME / 60 + 10 )) minutes)"
JOBS=()
for role in $ROLES; do
  wapiti_run "$role" & JOBS+=($!)
done
sqlmap_run staff-list -u "$APP/admin/programs/$HZ/applications?status=SUBMITTED&country=CN&q=abc&sort=SUBMITTED&page=0" \
    -p "status,country,q,sort" --cookie "$(cat "$OUT/cookies/admin.header")" &
JOBS+=($!)
sqlmap_run screening-queue -u "$APP/screening/rounds/$SR?state=WAITING&track=&unit=&country=CN&q=abc&sort=oldest" \
    -p "state,track,unit,country,q,sort" --cookie "$(cat "$OUT/cookies/screener.header")" &
JOBS+=($!)
sqlmap_run api-applications -u "$APP/api/v1/programs/$HZ/applications?country=CN&q=abc&page=0" \
    -p "country,q" -H "Authorization: Bearer $ADMIN_TOKEN" &
JOBS+=($!)
sqlmap_run api-screening-entries -u "$APP/api/v1/rounds/$SR/screening/entries?country=CN&q=abc&page=0" \
    -p "country,q" -H "Authorization: Bearer $SCREENER_TOKEN" &
JOBS+=($!)
sqlmap_run form-conflict -u "$APP/judging/conflicts" --method POST \
    --data "csrf-token=x&kind=ORGANISATION&value=abc&note=abc" -p "kind,value,note" \
    --csrf-token=csrf-token --csrf-method=GET --csrf-url="$APP_BY_IP/judging/conflicts" --cookie "$(cat "$OUT/cookies/judge1.header")" &
JOBS+=($!)
sqlmap_run form-screening-bulk -u "$APP/screening/rounds/$SR/bulk" --method POST \
    --data "csrf-token=x&decision=REJECT&reasonId=&text=abc&f.state=WAITING&f.country=CN&f.q=abc&f.sort=oldest" \
    -p "decision,text,f.state,f.country,f.q,f.sort" \
    --csrf-token=csrf-token --csrf-method=GET --csrf-url="$APP_BY_IP/screening/rounds/$SR" --cookie "$(cat "$OUT/cookies/screener.header")" &
JOBS+=($!)
sqlmap_run form-judge-registry -u "$APP/admin/judges" --method POST \
    --data "csrf-token=x&username=abc&name=abc&email=abc%40example.cn&organisation=abc&unitName=abc" \
    -p "username,name,organisation,unitName" \
    --csrf-token=csrf-token --csrf-method=GET --csrf-url="$APP_BY_IP/admin/judges" --cookie "$(cat "$OUT/cookies/admin.header")" &
JOBS+=($!)
for job in "${JOBS[@]}"; do wait "$job" || true; done

# --- 7. Summary -------------------------------------------------------------------------------------
say "Summarising into docs/security-scan.md"
grep -i -E 'exception|error' "$OUT/app.log" | grep -v -i 'DomainException' | tail -n 50 >"$OUT/app-errors.txt" || true
python3 deploy/security/summarise.py "$OUT" docs/security-scan.md \
  --commit "$COMMIT" \
  --wapiti "$(wapiti --version 2>&1 | tail -n 1)" --sqlmap "$(sqlmap --version 2>/dev/null | head -n 1)"
