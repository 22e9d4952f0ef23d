#!/usr/bin/env bash
# Generate demo data in a running Shortlist (e.g. started by deploy/local/run.sh)
# through its API, and follow the job until it is done. Demo data is never made
# at start-up; this (or the admin page /admin/demo-data) is the way to make it.
#
#   deploy/local/demo-data.sh hangzhou          the 2024 Hangzhou contest, 1,949 submitted applications
#   deploy/local/demo-data.sh jiangxi           the 2024 Jiangxi fund, third batch, with its enterprises
#   deploy/local/demo-data.sh synthetic [N]     N applications in a contest of their own (1–200000, default 100000)
#
# Environment (all optional):
#   SHORTLIST_URL   the app                         (default http://localhost:8080)
#   OIDC_URL        the Keycloak realm              (default http://localhost:8180/realms/shortlist)
#   DEMO_USER       an account with the admin role  (default admin)
#   DEMO_PASSWORD   its password                    (default demo)
#   DEMO_LANG       language of the messages        (default: zh-CN if $LANG is Chinese, else en)
#
# Each data set is made once; asking again is refused (exit status 1) rather
# than duplicating it. Exit status 0 when the job is DONE, 1 otherwise.
set -euo pipefail

SHORTLIST_URL="${SHORTLIST_URL:-http://localhost:8080}"
OIDC_URL="${OIDC_URL:-http://localhost:8180/realms/shortlist}"
DEMO_USER="${DEMO_USER:-admin}"
DEMO_PASSWORD="${DEMO_PASSWORD:-demo}"
case "${LANG:-}" in zh*) default_lang=zh-CN ;; *) default_lang=en ;; esac
DEMO_LANG="${DEMO_LANG:-$default_lang}"

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

kind="${1:-}"
query=""
case "$kind" in
  hangzhou|jiangxi) [ $# -eq 1 ] || usage ;;
  synthetic)
    count="${2:-100000}"
    [[ "$count" =~ ^[0-9]+$ ]] || fail "the number of applications must be a whole number, not '$count'"
    query="?count=$count" ;;
  *) usage ;;
esac
command -v curl >/dev/null 2>&1 || fail "curl not found on PATH"

# A JSON value by name from a flat object: strings (without escaped quotes) and numbers.
field() {
  printf '%s' "$2" | { grep -o "\"$1\":\(\"[^\"]*\"\|-\?[0-9][0-9]*\|null\)" || true; } | head -n 1 \
    | sed -e "s/^\"$1\"://" -e 's/^"//' -e 's/"$//'
}

token() {
  local response
  response="$(curl -sS -d grant_type=password -d client_id=shortlist-api -d "username=$DEMO_USER" \
    --data-urlencode "password=$DEMO_PASSWORD" "$OIDC_URL/protocol/openid-connect/token")" \
    || fail "Keycloak is not reachable at $OIDC_URL (is deploy/local/run.sh running?)"
  TOKEN="$(field access_token "$response")"
  [ -n "$TOKEN" ] || fail "Keycloak refused the sign-in of '$DEMO_USER': $response"
}

# call METHOD PATH: sets BODY and STATUS. A POST sends no body, hence no form
# content type, which the app would refuse without a CSRF token.
call() {
  local out
  out="$(curl -sS -X "$1" -H "Authorization: Bearer $TOKEN" -H "Accept-Language: $DEMO_LANG" \
    -w '\n%{http_code}' "$SHORTLIST_URL$2")" || fail "Shortlist is not reachable at $SHORTLIST_URL"
  STATUS="${out##*$'\n'}"
  BODY="${out%$'\n'*}"
}

token
call POST "/api/v1/demo-data/$kind$query"
if [ "$STATUS" != "202" ]; then
  fail "$(field message "$BODY") (HTTP $STATUS)"
fi
job="$(field id "$BODY")"
printf 'Job %s started: %s/admin/jobs/%s\n' "$job" "$SHORTLIST_URL" "$job"

while :; do
  call GET "/api/v1/jobs/$job"
  if [ "$STATUS" = "401" ]; then   # the token expired during a long run
    token
    continue
  fi
  [ "$STATUS" = "200" ] || fail "reading job $job: HTTP $STATUS $BODY"
  status="$(field status "$BODY")"
  printf '\r%-8s %s / %s (%s%%)   ' "$status" "$(field done "$BODY")" "$(field total "$BODY")" "$(field percent "$BODY")"
  case "$status" in
    DONE|FAILED) break ;;
  esac
  sleep 2
done
printf '\n%s\n' "$(field message "$BODY")"
if [ "$status" = "DONE" ]; then
  printf 'Program: %s/admin/programs/%s\n' "$SHORTLIST_URL" "$(field programId "$BODY")"
  exit 0
fi
exit 1
