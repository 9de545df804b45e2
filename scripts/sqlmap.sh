#!/usr/bin/env bash
# Runs Debian's sqlmap (`apt-get install -y sqlmap`) against the public inputs of a running
# portal and prints how many injectable parameters it found (the goal is 0).
#   scripts/sqlmap.sh [base URL, default http://localhost:3000]
# Start the portal with the per-address and per-e-mail enquiry limits raised, or most probes are
# answered 429 and prove nothing:
#   ENQUIRY_LIMIT_PER_IP=1000000 ENQUIRY_LIMIT_PER_IP_NO_JS=1000000 ENQUIRY_LIMIT_PER_EMAIL=1000000 pnpm start
# Boolean, error and UNION techniques against PostgreSQL (time-based ones add an hour, not
# coverage: the queries are the same); SQLMAP_OPTIONS adds options, e.g. "--level 3 --risk 2".
set -euo pipefail
base="${1:-http://localhost:3000}"
command -v sqlmap > /dev/null || { echo "sqlmap is missing: apt-get install -y sqlmap" >&2; exit 2; }
curl -fsS -o /dev/null "$base/en" || { echo "No portal answers at $base" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# shellcheck disable=SC2206
options=(--batch --dbms=PostgreSQL --technique=BEU --flush-session --output-dir="$out" ${SQLMAP_OPTIONS:-})

enquiry='{"name":"Scan Test","email":"scan@example.com","company":"Scan GmbH","country":"DE","sizeBand":"undecided","parks":["guoyuan-bonded-logistics-center"],"projects":[],"policies":[],"message":"A message long enough to be accepted by the form.","language":"en","consent":true}'

run() {
  sqlmap "${options[@]}" "${@:2}" > "$out/last.txt" 2>&1 || true
  local clean
  clean=$(grep -c "does not seem to be injectable" "$out/last.txt" || true)
  echo "$1: $clean parameters tested and not injectable"
}
run "search (?q=)" -u "$base/en/search?q=logistics"
run "parks list filters" -u "$base/en/parks?area=liangjiang&type=bonded-zone&industry=logistics&page=1"
run "status page (?ref=)" -u "$base/en/enquiry/status?ref=IG-2026-000001"
run "POST /api/enquiries (JSON)" -u "$base/api/enquiries" --data "$enquiry" --headers "Content-Type: application/json"
# The HTML forms post to server actions (their no-JavaScript path): sqlmap reads them off the page.
run "enquiry form" -u "$base/en/enquiry" --forms
run "status lookup form" -u "$base/en/enquiry/status" --forms

# sqlmap lists each injectable parameter as "Parameter: NAME (PLACE)" in its per-host log.
found=$(cat "$out"/*/log 2> /dev/null | grep -c "^Parameter: " || true)
echo "injectable parameters: $found"
[ "$found" -eq 0 ]
