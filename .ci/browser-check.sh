#!/usr/bin/env bash
# The dashboard at BASE_URL/ in a real browser:
#
#   .ci/browser-check.sh http://localhost:18080 "$ADMIN_KEY"
#
# Installs the exact playwright-core of .ci/browser/package-lock.json (npm ci; the browser is
# Debian's Chromium, never a download: CHROMIUM=... picks another binary) and runs
# .ci/browser/*.test.mjs with Node's test runner, one check at a time: the page loads with
# no request leaving the server; the map shows as many events as the API returns; choosing
# the Gaza Strip (by keyboard) re-draws the chart — recounted from the raw events —, the
# hotspots and the timeline, and survives a reload; brushing the chart sets the period;
# choosing Putin draws his network with Netanyahu and Abbas; a recorded event appears live
# within 5 s, and by polling when the WebSocket is blocked; every "Show query" link is a
# request the API answers. Screenshots of each state go to target/dashboard-screenshots/.
# The checks record their own events, so they pass again against the same server.
set -euo pipefail

base_url=${1:?usage: $0 BASE_URL ADMIN_KEY}
admin_key=${2:?usage: $0 BASE_URL ADMIN_KEY}
cd "$(dirname "${BASH_SOURCE[0]}")/browser"

command -v node >/dev/null 2>&1 || { echo "browser-check: node is not installed" >&2; exit 2; }
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -n "$chromium" ] || { echo "browser-check: chromium is not installed" >&2; exit 2; }
npm ci --no-audit --no-fund --loglevel=error
CHROMIUM="$chromium" FLASHPOINT_BASE_URL="$base_url" FLASHPOINT_ADMIN_KEY="$admin_key" \
  node --test --test-concurrency=1 --test-reporter=spec
