#!/usr/bin/env bash
# Reconnect storm: N screens joined to one edition on one web host (embedded default: co-hosted silo,
# SQLite file), leads updating; then the web host restarts (SIGTERM, as a deploy does, or SIGKILL with
# STOP=kill) and every screen reconnects with the pages' jittered back-off and joins again.
# The load generator (--storm) prints how long until every screen had its snapshot back, and the
# leads' latency meanwhile. Every wait is bounded; every process started here is stopped by PID.
#
#   dotnet build -c Release Orchestrator.sln
#   bench/storm.sh                       # 10,000 screens, 22 leads at 5 updates/s in all
#   SCREENS=1000 STOP=kill bench/storm.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCREENS=${SCREENS:-10000}
MISSIONS=${MISSIONS:-22}
RATE=${RATE:-5}
STOP=${STOP:-term}
PORT=${PORT:-5480}
SILO_PORT=${SILO_PORT:-11940}
GATEWAY_PORT=${GATEWAY_PORT:-30940}
TOKEN=bench-admin-token-0123456789
work="$(mktemp -d /tmp/orch-storm.XXXXXX)"
server_dll="${SERVER_DLL:-$repo_root/src/WebHost/bin/Release/net10.0/Orchestrator.WebHost.dll}"
generator_dll="$repo_root/bench/LoadGenerator/bin/Release/net10.0/Orchestrator.LoadGenerator.dll"
[[ -f $server_dll && -f $generator_dll ]] || { echo "build first: dotnet build -c Release Orchestrator.sln" >&2; exit 2; }

# 10,000 sockets on each side of one process.
ulimit -n 20000

server_pid=""
generator_pid=""
cleanup() {
  for pid in $generator_pid $server_pid; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# start_server, wait_ready
source "$repo_root/bench/web-host.sh"

echo "== storm: $SCREENS screens, $MISSIONS leads at $RATE/s, stop=$STOP; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); logs in $work"
start_server
wait_ready

dotnet "$generator_dll" --url "http://127.0.0.1:$PORT" --token $TOKEN --storm \
  --screens "$SCREENS" --missions "$MISSIONS" --rate "$RATE" --duration 120 >"$work/generator.log" 2>&1 &
generator_pid=$!

deadline=$((SECONDS + 600))
until grep -q "STORM READY" "$work/generator.log"; do
  if ((SECONDS > deadline)) || ! kill -0 "$generator_pid" 2>/dev/null; then
    cat "$work/generator.log" >&2; echo "the screens did not all join" >&2; exit 1
  fi
  sleep 0.5
done
grep "STORM READY" "$work/generator.log"
sleep 2   # a few lead updates before the restart

stopping=$(now)
if [[ $STOP == kill ]]; then kill -KILL "$server_pid"; else kill -TERM "$server_pid"; fi
stop_deadline=$((SECONDS + 60))
while kill -0 "$server_pid" 2>/dev/null; do
  if ((SECONDS > stop_deadline)); then echo "graceful stop took over 60 s: killed" >&2; kill -KILL "$server_pid"; fi
  sleep 0.1
done
wait "$server_pid" 2>/dev/null || true
echo "web host stopped after $(since "$stopping") s"
starting=$(now)
start_server
# A profiler or counters to attach to the restarted web host, e.g. AFTER_RESTART='dotnet-trace collect -p $SERVER_PID …'
if [[ -n ${AFTER_RESTART:-} ]]; then SERVER_PID=$server_pid bash -c "$AFTER_RESTART" >"$work/after-restart.log" 2>&1 & fi
wait_ready
echo "web host ready again after $(since "$starting") s (load $(cut -d' ' -f1-3 /proc/loadavg))"

generator_deadline=$((SECONDS + 300))
while kill -0 "$generator_pid" 2>/dev/null; do
  if ((SECONDS > generator_deadline)); then echo "the load generator did not finish" >&2; exit 1; fi
  sleep 0.5
done
wait "$generator_pid" || { cat "$work/generator.log" >&2; exit 1; }
generator_pid=""
grep -v "STORM READY" "$work/generator.log"
echo "== end, load $(cut -d' ' -f1-3 /proc/loadavg)"
