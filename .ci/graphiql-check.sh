#!/usr/bin/env bash
# Checks in a real browser that GraphiQL renders at BASE_URL/graphiql from the app's own assets.
#
#   .ci/graphiql-check.sh http://localhost:18080
#
# Headless Chromium (Debian package `chromium`; CHROMIUM=... picks another binary) loads the
# page, runs its scripts for up to 10 s of virtual time and prints the DOM; background
# networking is off, and the page loads nothing from anywhere but the app. The check passes when
#  - GraphiQL mounted (an element with the class graphiql-container),
#  - its query editor (CodeMirror) shows the example query, and
#  - the result pane shows no errors (GraphiQL puts a failed schema introspection there).
# On failure it prints why and keeps the DOM in a file for a look.
set -euo pipefail

base_url=${1:?usage: $0 BASE_URL (e.g. http://localhost:18080)}
url="${base_url%/}/graphiql"
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chromium" ] || { echo "graphiql-check: chromium is not installed" >&2; exit 2; }

expected_lines=("# Whom did Putin speak to, and who reported it?" "query PutinsCalls {")

profile=$(mktemp -d)
dom=$(mktemp --suffix=.html)
log=$(mktemp --suffix=.log)
trap 'rm -rf "$profile"' EXIT

started=$(date +%s%N)
if ! timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --virtual-time-budget=10000 --dump-dom "$url" >"$dom" 2>"$log"; then
  echo "graphiql-check: FAILED, chromium did not finish loading $url (log: $log)" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
elapsed_ms=$((($(date +%s%N) - started) / 1000000))

fail() {
  echo "graphiql-check: FAILED, $1 ($url; DOM kept in $dom)" >&2
  exit 1
}

# One line, and only what GraphiQL rendered: from the container on (the #graphiql element
# before it carries the example query in an attribute, which must not count).
rendered=$(tr '\n' ' ' <"$dom" | sed -n 's/^.*class="graphiql-container"//p')
[ -n "$rendered" ] || fail "GraphiQL did not mount (no graphiql-container in the DOM)"

editor=$(printf '%s' "$rendered" | sed -n 's/^.*class="graphiql-query-editor"\(.*\)$/\1/p')
[ -n "$editor" ] || fail "no query editor"
editor_text=$(printf '%s' "$editor" | sed -e 's/class="result-window".*$//' -e 's/<[^>]*>//g' -e 's/&nbsp;/ /g' \
  -e 's/&quot;/"/g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g')
for line in "${expected_lines[@]}"; do
  case "$editor_text" in
    *"$line"*) ;;
    *) fail "the query editor does not show \"$line\"" ;;
  esac
done

result_text=$(printf '%s' "$rendered" | sed -n 's/^.*class="result-window"[^>]*>//p' | sed -e 's/<[^>]*>//g' -e 's/&nbsp;/ /g' -e 's/&quot;/"/g')
case "$result_text" in
  *'"errors"'*) fail "the result pane shows errors (schema introspection failed?): $(printf '%s' "$result_text" | head -c 300)" ;;
esac

rm -f "$dom" "$log"
echo "graphiql-check: OK, GraphiQL rendered at $url with the example query (chromium took ${elapsed_ms} ms)"
