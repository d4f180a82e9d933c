#!/usr/bin/env bash
# Stock GraphQL clients from npm against a running Flashpoint:
#
#   .ci/clients-check.sh http://localhost:18080 "$ADMIN_KEY"
#
# Installs the exact versions of .ci/clients/package-lock.json (npm ci) and runs the checks
# in .ci/clients/*.test.mjs with Node's test runner: Apollo Client's InMemoryCache keeps the
# changes of one record apart, Apollo's persisted-query link (POST and GET) misses, retries
# with the text and then hits, graphql-request and graphql-ws answer, and subscriptions over
# graphql-ws and graphql-sse deliver exactly what they filter for, resume from a cursor
# without loss, refuse a subscription over the limit, and end a consumer that stops reading. The checks make their
# own records and documents, so they pass again against the same server. Exits non-zero if
# any check fails.
set -euo pipefail

base_url=${1:?usage: $0 BASE_URL ADMIN_KEY}
admin_key=${2:?usage: $0 BASE_URL ADMIN_KEY}
cd "$(dirname "${BASH_SOURCE[0]}")/clients"

command -v node >/dev/null 2>&1 || { echo "clients-check: node is not installed" >&2; exit 2; }
npm ci --no-audit --no-fund --loglevel=error
FLASHPOINT_BASE_URL="$base_url" FLASHPOINT_ADMIN_KEY="$admin_key" node --test --test-reporter=spec
