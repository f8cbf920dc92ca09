#!/bin/sh
# Prints an access token of the third-party demo app (demo-coach-app) acting for itself: the client
# credentials grant, with the optional scopes asked for. Its webhook subscriptions need webhooks:manage.
#
#   APP_TOKEN=$(identity/app-token.sh)              # SCOPES defaults to webhooks:manage
#   APP_TOKEN=$(identity/app-token.sh [SCOPES])
#
# STRIDE_ISSUER overrides the issuer (default: the one of ./stride and docker compose).
set -eu
scopes=${1:-webhooks:manage}
issuer=${STRIDE_ISSUER:-http://localhost:8180/realms/stride}

answer=$(curl -s -u demo-coach-app:demo-coach-app-secret -d grant_type=client_credentials \
  --data-urlencode "scope=$scopes" "$issuer/protocol/openid-connect/token") \
  || { echo "app-token.sh: Keycloak does not answer at $issuer" >&2; exit 1; }
token=$(printf '%s' "$answer" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "app-token.sh: no token: $answer" >&2; exit 1; }
printf '%s\n' "$token"
