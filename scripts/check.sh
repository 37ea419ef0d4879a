#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to find:
# lint, types, unit tests, production build, browser tests (Chromium against `next start`).
# Ends with one line: `total: N passed, N failed, N skipped` (read from the JSON reports).
set -uo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

status=0
failed_steps=()
run() {
  echo "::: $*"
  if "$@"; then return 0; fi
  status=1
  # Test runners report their own failures in the summary; count the other steps here.
  case "$2" in vitest|playwright) ;; *) failed_steps+=("$1 $2") ;; esac
  return 1
}

run bash scripts/ensure-chromium.sh
run bash scripts/ensure-nginx.sh
run npx eslint .
run npx next typegen
run npx tsc --noEmit
# The outcome storage suite runs on the embedded database and on a PostgreSQL server started here
# from Debian's package (TEST_DATABASE_URL), stopped and removed when the unit tests end.
source scripts/ensure-postgres.sh
if ! start_test_postgres; then failed_steps+=("start PostgreSQL for the tests"); status=1; fi
run npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
stop_test_postgres
if run npm run build; then
  run npx playwright test
else
  echo "::: build failed: browser tests skipped"
fi

# Steps that are not test runners (lint, types, build) count as one failure each.
FAILED_STEPS="$(printf '%s\n' "${failed_steps[@]}")" node scripts/summary.mjs reports/vitest.json reports/playwright.json || status=1
exit $status
