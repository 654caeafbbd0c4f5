#!/usr/bin/env bash
# One live benchmark against a fresh server: starts the web host (embedded default: co-hosted silo,
# fresh SQLite file) on 127.0.0.1, waits until it is ready, runs the load generator with the arguments
# given (its --url, --token and --server-pid are filled in), prints the load average before and after,
# and stops the server it started, by PID (started as bench/web-host.sh does, in a fresh work
# directory). The leads here are machines: their rate limit is lifted (CHANGES_PER_MINUTE, default
# 1,000,000; a real lead gets 600).
#
#   dotnet build -c Release Orchestrator.sln
#   bench/live.sh --screens 1000 --missions 22 --rate 20 --duration 15 --raw            # fan-out, JSON
#   bench/live.sh --screens 1000 --missions 22 --rate 20 --duration 15 --raw --msgpack  # fan-out, MessagePack
#   bench/live.sh --screens 1 --missions 500 --rate 1000 --duration 15                  # write path
#   bench/live.sh --ballots 5000 --in-flight 64                                         # the vote's burst
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT=${PORT:-5080}
SILO_PORT=${SILO_PORT:-11950}
GATEWAY_PORT=${GATEWAY_PORT:-30950}
TOKEN=bench-admin-token-0123456789
work="$(mktemp -d /tmp/orch-live.XXXXXX)"
server_dll="${SERVER_DLL:-$repo_root/src/WebHost/bin/Release/net10.0/Orchestrator.WebHost.dll}"
generator_dll="$repo_root/bench/LoadGenerator/bin/Release/net10.0/Orchestrator.LoadGenerator.dll"
[[ -f $server_dll && -f $generator_dll ]] || { echo "build first: dotnet build -c Release Orchestrator.sln" >&2; exit 2; }
ulimit -n 20000

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "127.0.0.1:$PORT is already answering: stop what runs there, or give PORT=…" >&2; exit 2
fi

server_pid=""
generator_pid=""
cleanup() {
  for pid in $generator_pid $server_pid; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT

CHANGES_PER_MINUTE=${CHANGES_PER_MINUTE:-1000000}
# start_server, wait_ready
source "$repo_root/bench/web-host.sh"
start_server
wait_ready

echo "== $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) before; args: $*"
# In the background and waited for, so that this script stopped (SIGTERM) stops the generator too.
dotnet "$generator_dll" --url "http://127.0.0.1:$PORT" --token $TOKEN --server-pid "$server_pid" "$@" &
generator_pid=$!
wait "$generator_pid"
generator_pid=""
echo "== load $(cut -d' ' -f1-3 /proc/loadavg) after; server log $work/server.log"
