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
#
# SPLIT_CORES=1 keeps the servers and the screens off each other's cores, as a load generator on another
# machine would: the web host (and, with --raw, the bare hub, then a process of its own: --raw-serve) on
# SERVER_CPUS (default 0), the load generator and its screens on GENERATOR_CPUS (default 1).
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
raw_pid=""
cleanup() {
  for pid in $generator_pid $raw_pid $server_pid; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT

CHANGES_PER_MINUTE=${CHANGES_PER_MINUTE:-1000000}
generator_pin=()
extra=()
if [[ ${SPLIT_CORES:-0} == 1 ]]; then
  SERVER_CPUS=${SERVER_CPUS:-0}
  generator_pin=(taskset -c "${GENERATOR_CPUS:-1}")
fi

# start_server, wait_ready
source "$repo_root/bench/web-host.sh"
start_server
wait_ready

if [[ ${SPLIT_CORES:-0} == 1 && " $* " == *" --raw "* ]]; then
  RAW_PORT=${RAW_PORT:-5099}
  msgpack=()
  if [[ " $* " == *" --msgpack "* ]]; then msgpack=(--msgpack); fi
  # Server GC, as the web host has it (the load generator itself runs workstation GC).
  DOTNET_gcServer=1 taskset -c "$SERVER_CPUS" dotnet "$generator_dll" --raw-serve --raw-port "$RAW_PORT" "${msgpack[@]}" >>"$work/raw-hub.log" 2>&1 &
  raw_pid=$!
  deadline=$((SECONDS + 60))
  until curl -sf -o /dev/null "http://127.0.0.1:$RAW_PORT/ready"; do
    if ((SECONDS > deadline)) || ! kill -0 "$raw_pid" 2>/dev/null; then echo "the bare hub did not start (see $work/raw-hub.log)" >&2; exit 1; fi
    sleep 0.2
  done
  extra=(--raw-url "http://127.0.0.1:$RAW_PORT" --raw-pid "$raw_pid")
fi

split=""
if [[ ${SPLIT_CORES:-0} == 1 ]]; then split=" (split: servers on core(s) $SERVER_CPUS, generator on ${GENERATOR_CPUS:-1})"; fi
echo "== $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) before; args: $*$split"
# In the background and waited for, so that this script stopped (SIGTERM) stops the generator too.
"${generator_pin[@]}" dotnet "$generator_dll" --url "http://127.0.0.1:$PORT" --token $TOKEN --server-pid "$server_pid" "$@" "${extra[@]}" &
generator_pid=$!
wait "$generator_pid"
generator_pid=""
echo "== load $(cut -d' ' -f1-3 /proc/loadavg) after; server log $work/server.log"
