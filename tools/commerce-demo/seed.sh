#!/usr/bin/env bash
# Demo orders, shipments, invoices and returns for the realm's demo customers, written through the
# commerce admin API with the kontor-backend service account (client credentials), exactly as a
# shop or ERP would. Idempotent: orders and invoices are upserts; returns are only recorded when
# the first demo order is new. Usage: tools/commerce-demo/seed.sh [BASE_URL] (default http://127.0.0.1:8080)
set -euo pipefail

BASE="${1:-http://127.0.0.1:8080}"
REALM="${KONTOR_REALM:-kontor}"
CLIENT_ID="${KONTOR_BACKEND_CLIENT:-kontor-backend}"
CLIENT_SECRET="${KONTOR_BACKEND_SECRET:-kontor-backend-dev-secret}"
API="$BASE/admin/realms/$REALM/portal"
REPLY="$(mktemp)"
trap 'rm -f "$REPLY"' EXIT

token="$(curl -fsS -d grant_type=client_credentials -d "client_id=$CLIENT_ID" --data-urlencode "client_secret=$CLIENT_SECRET" \
  "$BASE/realms/$REALM/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"

# call METHOD PATH [JSON] → prints the HTTP status; fails on anything but 2xx
call() {
  local status
  status="$(curl -sS -o "$REPLY" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$API$2")"
  case "$status" in 2??) echo "$status" ;; *) echo "demo data: $1 $2 → $status $(cat "$REPLY")" >&2; return 1 ;; esac
}

ago() { date -u -d "-$1 days" +%Y-%m-%dT10:15:00Z; }
day() { date -u -d "$1 days" +%Y-%m-%d; }

address() { # first last street no postcode city country
  printf '{"firstName":"%s","lastName":"%s","street":"%s","houseNumber":"%s","postcode":"%s","city":"%s","country":"%s"}' "$@"
}

# order NUMBER EMAIL STATUS PLACED_DAYS_AGO ADDRESS LINES_JSON [DELIVERED_DAYS_AGO]
order() {
  local delivered=""
  [ -n "${7:-}" ] && delivered=",\"deliveredAt\":\"$(ago "$7")\""
  call PUT "/orders/$1" "{\"email\":\"$2\",\"status\":\"$3\",\"placedAt\":\"$(ago "$4")\",\"currency\":\"EUR\",
    \"billingAddress\":$5,\"shippingAddress\":$5,\"lines\":$6,\"shipping\":\"4.90\",\"discount\":\"0.00\"$delivered}"
}

anna="$(address Anna Schmidt Hauptstraße 5 10115 Berlin DE)"
john="$(address John Miller 'Baker Street' 221B 'NW1 6XE' London GB)"
marco="$(address Marco Rossi 'Via Roma' 12 00184 Roma IT)"
emma="$(address Emma Jansen Damrak 1 '1012 LG' Amsterdam NL)"

first="$(order K-2026-000101 anna.schmidt@example.com delivered 12 "$anna" '[
  {"sku":"KT-NB-A5","name":"Notizbuch A5, liniert","quantity":3,"unitPrice":"4.99","taxRate":"19.00"},
  {"sku":"KT-KAFFEE-1KG","name":"Kaffee Espresso 1 kg","quantity":2,"unitPrice":"17.90","taxRate":"7.00"},
  {"sku":"KT-STIFT-OLD","name":"Füller Classic (ausgelaufen)","quantity":1,"unitPrice":"24.00","taxRate":"19.00","orderable":false}]' 5)"
order K-2026-000117 anna.schmidt@example.com shipped 3 "$anna" '[
  {"sku":"KT-MON-27","name":"Monitor 27\"","quantity":1,"unitPrice":"219.00","taxRate":"19.00"}]' >/dev/null
order K-2026-000123 anna.schmidt@example.com placed 0 "$anna" '[
  {"sku":"KT-PAPIER-A4","name":"Kopierpapier A4, 500 Blatt","quantity":5,"unitPrice":"5.49","taxRate":"19.00"}]' >/dev/null
order K-2026-000098 john.miller@example.com delivered 20 "$john" '[
  {"sku":"KT-CHAIR-ERGO","name":"Ergonomic office chair","quantity":1,"unitPrice":"289.00","taxRate":"19.00"},
  {"sku":"KT-LAMP-LED","name":"LED desk lamp","quantity":2,"unitPrice":"39.90","taxRate":"19.00"}]' 15 >/dev/null
order K-2026-000120 john.miller@example.com processing 1 "$john" '[
  {"sku":"KT-TONER-BK","name":"Toner cartridge, black","quantity":2,"unitPrice":"64.00","taxRate":"19.00"}]' >/dev/null
order K-2026-000110 marco.rossi@example.com delivered 9 "$marco" '[
  {"sku":"KT-AGENDA-26","name":"Agenda 2026","quantity":1,"unitPrice":"19.90","taxRate":"22.00"}]' 4 >/dev/null
order K-2026-000121 emma.jansen@example.com cancelled 2 "$emma" '[
  {"sku":"KT-BUREAU-60","name":"Bureau 160 × 80","quantity":1,"unitPrice":"349.00","taxRate":"21.00"}]' >/dev/null

call POST /orders/K-2026-000117/shipments '{"carrier":"DHL","trackingNumber":"00340434161094042557","trackingUrl":"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557"}' >/dev/null
call POST /orders/K-2026-000101/shipments '{"carrier":"DPD","trackingNumber":"01505012345678","trackingUrl":"https://tracking.dpd.de/status/de_DE/parcel/01505012345678"}' >/dev/null
call POST /orders/K-2026-000098/shipments '{"carrier":"Royal Mail","trackingNumber":"AB123456789GB","trackingUrl":"https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB"}' >/dev/null

call PUT /orders/K-2026-000101/invoices/RE-2026-0101 "{\"amount\":\"89.58\",\"issuedOn\":\"$(day -12)\",\"dueOn\":\"$(day 2)\",\"paidAt\":\"$(ago 8)\"}" >/dev/null
call PUT /orders/K-2026-000117/invoices/RE-2026-0117 "{\"amount\":\"265.51\",\"issuedOn\":\"$(day -3)\",\"dueOn\":\"$(day 11)\"}" >/dev/null
call PUT /orders/K-2026-000098/invoices/RE-2026-0098 "{\"amount\":\"443.77\",\"issuedOn\":\"$(day -20)\",\"dueOn\":\"$(day -6)\"}" >/dev/null
call PUT /orders/K-2026-000110/invoices/RE-2026-0110 "{\"amount\":\"29.18\",\"issuedOn\":\"$(day -9)\",\"dueOn\":\"$(day 5)\",\"paidAt\":\"$(ago 9)\"}" >/dev/null

if [ "$first" = 201 ]; then
  call POST /orders/K-2026-000101/returns '{"reason":"damaged","comment":"Ein Notizbuch kam geknickt an.","lines":[{"position":0,"quantity":1}]}' >/dev/null
  call POST /orders/K-2026-000098/returns '{"reason":"no_longer_needed","lines":[{"position":1,"quantity":1}]}' >/dev/null
fi
echo "demo orders, invoices and returns are in place"
