#!/usr/bin/env bash
# The bounded load check (README, "Tests and CI"): starts target/flashpoint.jar on its own port
# with a bounded heap and the in-memory store, imports a committed GDELT export on top of the
# demo data, then runs .ci/load/load-check.mjs (32 readers and 2 writers for 60 s, then the
# abuse shapes, then health). The app is stopped on exit; its log is target/load-app.log.
#   .ci/load-check.sh [PORT]        (default 18090; LOAD_* variables pass to the script)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

port=${1:-18090}
base_url="http://localhost:$port"
log=target/load-app.log
sample=src/test/resources/gdelt/20191024143000.export.CSV.gz
admin_key="load-admin-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
app_pid=

stop() {
  local status=$?
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -s "$log" ]; then
    echo "--- last lines of $log ---" >&2
    tail -n 40 "$log" >&2
  fi
  if grep -q OutOfMemoryError "$log" 2>/dev/null; then
    echo "load check: the app ran out of memory (see $log)" >&2
    exit 1
  fi
  exit "$status"
}
trap stop EXIT

if curl -s --max-time 5 -o /dev/null "$base_url/"; then
  echo "something already answers on $base_url" >&2
  exit 1
fi

# Readers and writers get keys of their own; the budgets are raised for this run (the load is
# far above what one caller may spend), everything else is the shipped default.
FLASHPOINT_ADMIN_KEY="$admin_key" java -Xmx1g -XX:+ExitOnOutOfMemoryError -jar target/flashpoint.jar \
  --server.port="$port" --flashpoint.embedded.storage=memory \
  --flashpoint.limits.rate.anonymous.capacity=1000000000 --flashpoint.limits.rate.reader.capacity=1000000000 \
  --flashpoint.limits.rate.editor.capacity=1000000000 --flashpoint.limits.rate.admin.capacity=1000000000 \
  ${LOAD_APP_ARGS:-} >"$log" 2>&1 &
app_pid=$!
for _ in $(seq 180); do
  curl -fs --max-time 5 -o /dev/null "$base_url/actuator/health" && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the app exited during start" >&2; exit 1; }
  sleep 1
done
curl -fs --max-time 5 -o /dev/null "$base_url/actuator/health"

echo "importing $sample on top of the demo data"
job=$(curl -fsS -X POST "$base_url/imports?format=gdelt&name=load-check" \
  -H "Authorization: Bearer $admin_key" -H 'Content-Type: application/octet-stream' \
  --data-binary @"$sample")
job_id=$(printf '%s' "$job" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p')
[ -n "$job_id" ] || { echo "no job id in: $job" >&2; exit 1; }
state=
for _ in $(seq 300); do
  answer=$(curl -fsS "$base_url/graphql" -H "Authorization: Bearer $admin_key" -H 'Content-Type: application/json' \
    --data "{\"query\": \"{ importJob(id: \\\"$job_id\\\") { state rowsRead inserted rejected } }\"}")
  state=$(printf '%s' "$answer" | sed -n 's/.*"state" *: *"\([A-Z]*\)".*/\1/p')
  case "$state" in DONE|FAILED) break ;; esac
  sleep 1
done
echo "import: $answer"
[ "$state" = DONE ] || { echo "the import did not end DONE" >&2; exit 1; }

node .ci/load/load-check.mjs "$base_url" "$admin_key"
