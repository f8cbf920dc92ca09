#!/bin/sh
# Prints an access token of the third-party demo app (demo-coach-app) acting for a Stride user, got from
# a shell: the authorization code flow, with Keycloak's login page and consent page answered by curl.
# (Keycloak refuses the password grant to a client that requires consent.) The password of each demo
# user is the user name.
#
#   COACH_TOKEN=$(identity/coach-token.sh ana progress:read)
#   COACH_TOKEN=$(identity/coach-token.sh ben "progress:read plans:read")
#
# STRIDE_ISSUER overrides the issuer (default: the one of ./stride and docker compose).
set -eu
user=${1:?usage: coach-token.sh USER [SCOPES]}
scopes=${2:-progress:read}
issuer=${STRIDE_ISSUER:-http://localhost:8180/realms/stride}
origin=${issuer%%/realms/*}
redirect=http://localhost:8083/q/swagger-ui/oauth2-redirect.html
cookies=$(mktemp)
trap 'rm -f "$cookies"' EXIT

fail() { echo "coach-token.sh: $*" >&2; exit 1; }
# The action of the page's form, unescaped; relative actions are made absolute.
form_action() { sed -n 's/.*<form[^>]*action="\([^"]*\)".*/\1/p' | head -n 1 | sed 's/&amp;/\&/g; s#^/#'"$origin"'/#'; }

login_page=$(curl -s -c "$cookies" -b "$cookies" -w '\n%{redirect_url}' -G "$issuer/protocol/openid-connect/auth" \
  -d client_id=demo-coach-app -d response_type=code \
  --data-urlencode "scope=$scopes" --data-urlencode "redirect_uri=$redirect") || fail "Keycloak does not answer at $issuer"
next=$(printf '%s' "$login_page" | form_action)
# No login form: Keycloak sent the browser back at once, with the reason (a scope the app may not ask for, say).
[ -n "$next" ] || fail "no login page: $(printf '%s' "$login_page" | tail -n 1)"
next=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" \
  --data-urlencode "username=$user" --data-urlencode "password=$user" "$next")
[ -n "$next" ] || fail "Keycloak did not accept $user's password"

case "$next" in
  "$redirect"*) ;;  # consent given before: straight back with a code
  *)
    consent_page=$(curl -sf -c "$cookies" -b "$cookies" "$next") || fail "no consent page"
    code=$(printf '%s' "$consent_page" | sed -n 's/.*name="code" value="\([^"]*\)".*/\1/p' | head -n 1)
    next=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" \
      --data-urlencode "code=$code" -d accept=Yes "$(printf '%s' "$consent_page" | form_action)")
    ;;
esac

code=$(printf '%s' "$next" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[ -n "$code" ] || fail "no authorization code (got: $next)"
curl -sf -u demo-coach-app:demo-coach-app-secret -d grant_type=authorization_code \
  --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect" \
  "$issuer/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
