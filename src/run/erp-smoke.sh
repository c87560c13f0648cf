#!/usr/bin/env bash
# Smoke-test a running Partner Hub as an ERP would: client-credentials token from Keycloak,
# submit a purchase order, replay it with the same Idempotency-Key, read it back.
#
#   src/run/erp-smoke.sh [app-url] [realm-url] [client-id] [client-secret] [ship-to]
#   defaults: http://localhost:8080 http://localhost:8180/realms/partner-hub erp-nwos erp-nwos-secret NWOS-ASH
set -euo pipefail

app=${1:-http://localhost:8080}
realm=${2:-http://localhost:8180/realms/partner-hub}
client=${3:-erp-nwos}
secret=${4:-erp-nwos-secret}
ship_to=${5:-NWOS-ASH}

json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

token=$(curl -sf -d grant_type=client_credentials -d "client_id=$client" -d "client_secret=$secret" \
  "$realm/protocol/openid-connect/token" | json_field access_token)
[ -n "$token" ] || { echo "no token from $realm for $client" >&2; exit 1; }

key="smoke-$(date +%s)-$$"
requested=$(date -u -d '+30 days' +%F)
body="{\"poNumber\":\"$key\",\"shipTo\":\"$ship_to\",\"currency\":\"USD\",\"lines\":[{\"lineNumber\":1,\"sku\":\"HW-OSFP-800G-DR8\",\"quantity\":10,\"requestedDate\":\"$requested\"}]}"
post() {
  curl -s -o /tmp/erp-smoke.$$ -w '%{http_code}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $key" -d "$body" "$app/api/v1/purchase-orders"
}

status=$(post); first=$(json_field id < /tmp/erp-smoke.$$)
echo "POST purchase order $key: HTTP $status, id $first"
[ "$status" = 201 ] || { cat /tmp/erp-smoke.$$ >&2; exit 1; }
status=$(post); second=$(json_field id < /tmp/erp-smoke.$$)
echo "replay with the same Idempotency-Key: HTTP $status, id $second"
[ "$first" = "$second" ] || { echo "replay created another order" >&2; exit 1; }
status=$(curl -s -o /tmp/erp-smoke.$$ -w '%{http_code}' -H "Authorization: Bearer $token" \
  "$app/api/v1/purchase-orders/$first")
echo "GET it back: HTTP $status, status $(json_field status < /tmp/erp-smoke.$$)"
rm -f /tmp/erp-smoke.$$
[ "$status" = 200 ]
echo "ok"
