#!/usr/bin/env bash
# A real SIGKILL failover, N rounds: a private PostgreSQL, 2 standalone silos and 2 client-only web
# hosts (README, "Running a cluster"), and bench/LoadGenerator --failover. Each round the generator
# makes a fresh edition, connects screens to both hosts and has every mission's lead update; it names
# the silo holding the edition, this script kill -9s it, and the generator reports how long until every
# mission was writable again and every screen held every mission's last acknowledged version, and
# how many acknowledged updates the store lost. Then the killed silo is started again and the cluster
# waited for (both silos active, both hosts /health/ready) before the next round.
#
#   bench/failover.sh [ROUNDS]          (default 5; SKIP_BUILD=1 skips the Release build)
#   SCREENS=200 MISSIONS=20 RATE=10 WARMUP=5 KEEP=1 (keep the logs in the work directory)
#
# Every process it starts is stopped by its PID on exit (trap EXIT), and every wait is bounded and
# says what it waits for. Ports: web hosts 5280-5281, silos 11900-11901, gateways 30900-30901,
# PostgreSQL 25400 (override with WEB_PORTS, SILO_PORTS, GATEWAY_PORTS, PG_PORT).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-5}
SCREENS=${SCREENS:-200}
MISSIONS=${MISSIONS:-20}
RATE=${RATE:-10}
WARMUP=${WARMUP:-5}
PG_PORT=${PG_PORT:-25400}   # below the ephemeral range (32768-60999): a storm's 10,000 client sockets once held 55400
read -r -a WEB_PORTS <<< "${WEB_PORTS:-5280 5281}"
read -r -a SILO_PORTS <<< "${SILO_PORTS:-11900 11901}"
read -r -a GATEWAY_PORTS <<< "${GATEWAY_PORTS:-30900 30901}"
TARGET_WRITABLE=5
TARGET_CONVERGED=8

BIN=Release/net10.0
SILO_DLL=$ROOT/src/Silo/bin/$BIN/Orchestrator.Silo.dll
WEB_DLL=$ROOT/src/WebHost/bin/$BIN/Orchestrator.WebHost.dll
GEN_DLL=$ROOT/bench/LoadGenerator/bin/$BIN/Orchestrator.LoadGenerator.dll

WORK=$(mktemp -d /tmp/orch-failover.XXXXXX)
LOGS=$WORK/logs
mkdir -p "$LOGS"
PG_DIR=""
PG_PID=""
declare -A SILO_PID=()
declare -A WEB_PID=()
GEN_PID=""

log() { echo "[$(date +%T)] $*" >&2; }

# --- stopping only what this script started, by PID -------------------------------------------

stop_pid() { # name pid: SIGTERM, up to 15 s, then SIGKILL
    local name=$1 pid=$2
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 15))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
        log "$name (pid $pid) still runs after 15 s: SIGKILL"
        kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    log "cleaning up (exit status $status)"
    stop_pid generator "$GEN_PID"
    for port in "${!WEB_PID[@]}"; do stop_pid "web host :$port" "${WEB_PID[$port]}"; done
    for port in "${!SILO_PID[@]}"; do stop_pid "silo :$port" "${SILO_PID[$port]}"; done
    if [[ -n $PG_PID ]] && kill -0 "$PG_PID" 2>/dev/null; then
        timeout 30 "${AS_PG[@]}" "$PG_BIN/pg_ctl" stop -D "$PG_DIR/data" -m immediate -w -t 20 >/dev/null 2>&1 || true
        stop_pid postgres "$PG_PID"
    fi
    if ((status != 0)); then
        for f in "$LOGS"/*.log; do [[ -s $f ]] && { echo "--- last lines of $f" >&2; tail -n 15 "$f" >&2; }; done
    fi
    [[ -n $PG_DIR ]] && rm -rf "$PG_DIR"
    if [[ ${KEEP:-0} == 1 ]]; then log "logs kept in $WORK"; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_for SECONDS DESCRIPTION COMMAND...: runs COMMAND until it succeeds; every probe below bounds itself.
wait_for() {
    local seconds=$1 what=$2
    shift 2
    log "waiting for $what (up to $seconds s)"
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        if ((SECONDS >= deadline)); then
            log "gave up waiting for $what after $seconds s"
            return 1
        fi
        sleep 0.2
    done
}

alive() { kill -0 "$1" 2>/dev/null; }

# --- build --------------------------------------------------------------------------------------

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    log "building Release (Orchestrator.sln)"
    timeout 1200 dotnet build -c Release "$ROOT/Orchestrator.sln" -m:1 -v:q -nologo > "$LOGS/build.log" 2>&1 \
        || { tail -n 30 "$LOGS/build.log" >&2; exit 1; }
fi
for dll in "$SILO_DLL" "$WEB_DLL" "$GEN_DLL"; do [[ -f $dll ]] || { log "missing $dll: build first"; exit 1; }; done

# --- PostgreSQL, as tests/TestSupport/PostgresServer does: initdb and postgres refuse root --------

PG_BIN=${ORCHESTRATOR_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[[ -x $PG_BIN/initdb ]] || { log "no PostgreSQL binaries (set ORCHESTRATOR_PG_BIN)"; exit 1; }
AS_PG=()
PG_DIR=$(mktemp -d /tmp/orchestrator-pg-failover.XXXXXX)
mkdir -p "$PG_DIR/sock"
if ((EUID == 0)); then
    getent passwd orchestrator-pg >/dev/null \
        || useradd --system --no-create-home --user-group --shell /usr/sbin/nologin orchestrator-pg
    chown -R orchestrator-pg: "$PG_DIR"
    AS_PG=(runuser -u orchestrator-pg --)
fi
log "PostgreSQL: initdb in $PG_DIR"
timeout 120 "${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale --no-sync --no-instructions \
    > "$LOGS/initdb.log" 2>&1
log "PostgreSQL: starting on 127.0.0.1:$PG_PORT"
timeout 90 "${AS_PG[@]}" "$PG_BIN/pg_ctl" start -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR/sock -c max_connections=300 -c shared_buffers=64MB" \
    > "$LOGS/pg_ctl.log" 2>&1
PG_PID=$(head -n 1 "$PG_DIR/data/postmaster.pid")
log "PostgreSQL: postmaster pid $PG_PID"

PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
timeout 30 "${PSQL[@]}" -d postgres -c "CREATE DATABASE orchestrator" > /dev/null
for script in "$ROOT"/src/Silo/Storage/Sql/postgres/*.sql; do
    timeout 60 "${PSQL[@]}" -d orchestrator -f "$script" > /dev/null
done
log "schema applied ($(ls "$ROOT"/src/Silo/Storage/Sql/postgres/*.sql | wc -l) scripts)"

# --- the cluster: every process reads the same Orchestrator__* keys --------------------------------

export Orchestrator__Storage__Provider=postgres
export Orchestrator__Storage__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Database=orchestrator;Username=postgres"
export Orchestrator__Storage__CreateSchema=false
export Orchestrator__Cluster__Mode=postgres
export Orchestrator__Cluster__ClusterId=failover-bench
export Orchestrator__Cluster__ServiceId=failover-bench
export Orchestrator__AdminToken=failover-bench-admin-token-0123456789
export Orchestrator__TokenSecret=failover-bench-token-secret-0123456789abcdef
export DOTNET_CLI_TELEMETRY_OPTOUT=1

start_silo() { # index
    local i=$1 port=${SILO_PORTS[$1]}
    mkdir -p "$WORK/silo-$port"
    (cd "$WORK/silo-$port" && exec env Orchestrator__Cluster__SiloPort="$port" Orchestrator__Cluster__GatewayPort="${GATEWAY_PORTS[$i]}" \
        dotnet "$SILO_DLL") >> "$LOGS/silo-$port.log" 2>&1 &
    SILO_PID[$port]=$!
    log "silo :$port (gateway :${GATEWAY_PORTS[$i]}) started, pid ${SILO_PID[$port]}"
}

start_web() { # index
    local port=${WEB_PORTS[$1]}
    mkdir -p "$WORK/web-$port"
    (cd "$WORK/web-$port" && exec env Orchestrator__Cluster__CoHostSilo=false \
        dotnet "$WEB_DLL" --contentRoot "$ROOT/src/WebHost" --urls "http://127.0.0.1:$port") >> "$LOGS/web-$port.log" 2>&1 &
    WEB_PID[$port]=$!
    log "web host :$port started, pid ${WEB_PID[$port]}"
}

active_silos() { # the ports of the silos active in the membership table, sorted
    timeout 10 "${PSQL[@]}" -d orchestrator -c \
        "SELECT string_agg(port::text, ' ' ORDER BY port) FROM orleansmembershiptable WHERE deploymentid = 'failover-bench' AND status = 3"
}

cluster_whole() { [[ $(active_silos) == "${SILO_PORTS[*]}" ]]; }

ready() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$1/health/ready"; }

wait_healthy() {
    for port in "${SILO_PORTS[@]}"; do alive "${SILO_PID[$port]}" || { log "silo :$port (pid ${SILO_PID[$port]}) exited"; return 1; }; done
    wait_for 120 "both silos active in the membership table (${SILO_PORTS[*]})" cluster_whole
    for port in "${WEB_PORTS[@]}"; do
        alive "${WEB_PID[$port]}" || { log "web host :$port exited"; return 1; }
        wait_for 120 "web host :$port /health/ready" ready "$port"
    done
}

for i in "${!SILO_PORTS[@]}"; do start_silo "$i"; done
wait_for 180 "both silos active in the membership table (${SILO_PORTS[*]})" cluster_whole
for i in "${!WEB_PORTS[@]}"; do start_web "$i"; done

# --- the rounds -----------------------------------------------------------------------------------

URLS=$(printf 'http://127.0.0.1:%s,' "${WEB_PORTS[@]}")
URLS=${URLS%,}
results=()
for ((round = 1; round <= ROUNDS; round++)); do
    wait_healthy
    pids=""
    for port in "${SILO_PORTS[@]}"; do pids+="$port=${SILO_PID[$port]},"; done
    kill_file=$WORK/kill-$round
    log "round $round: generator starts (screens=$SCREENS missions=$MISSIONS rate=$RATE/s, kill after $WARMUP s)"
    # Not under `timeout`: GEN_PID is the generator itself, so cleanup stops it; it bounds its own run
    # (6 min), and the wait for it below is bounded too.
    dotnet "$GEN_DLL" --failover --urls "$URLS" --token "$Orchestrator__AdminToken" --silo-pids "${pids%,}" \
        --kill-file "$kill_file" --screens "$SCREENS" --missions "$MISSIONS" --rate "$RATE" --duration "$WARMUP" \
        > "$LOGS/generator-$round.log" 2> "$LOGS/generator-$round.err" &
    GEN_PID=$!

    # The generator names the silo holding the edition; it must be one this script started.
    wait_for 150 "round $round: the generator to name the silo holding the edition" \
        bash -c "[[ -s '$kill_file' ]] || ! kill -0 $GEN_PID 2>/dev/null"
    [[ -s $kill_file ]] || { log "the generator exited before naming a silo"; cat "$LOGS/generator-$round.log" >&2; exit 1; }
    victim=$(tr -d '[:space:]' < "$kill_file")
    victim_port=""
    for port in "${SILO_PORTS[@]}"; do [[ ${SILO_PID[$port]} == "$victim" ]] && victim_port=$port; done
    [[ -n $victim_port ]] || { log "pid $victim is not a silo this script started"; exit 1; }
    load=$(cut -d ' ' -f 1-3 /proc/loadavg)
    log "round $round: kill -9 silo :$victim_port (pid $victim); load average $load"
    kill -9 "$victim"
    wait "$victim" 2>/dev/null || true

    wait_for 480 "round $round: the generator to report" bash -c "! kill -0 $GEN_PID 2>/dev/null"
    generator_status=0
    wait "$GEN_PID" || generator_status=$?
    GEN_PID=""
    line=$(grep -m 1 '^failover:' "$LOGS/generator-$round.log" || echo "failover: no report (exit $generator_status)")
    writable=$(grep -oP 'writable=\K[0-9.]+|writable=\KNaN' <<< "$line" || echo NaN)
    converged=$(grep -oP 'converged=\K[0-9.]+|converged=\KNaN' <<< "$line" || echo NaN)
    lost=$(grep -oP 'lost=\K[0-9]+' <<< "$line" || echo "?")
    verdict=$(awk -v w="$writable" -v c="$converged" -v l="$lost" -v tw=$TARGET_WRITABLE -v tc=$TARGET_CONVERGED \
        'BEGIN { print (w != "NaN" && c != "NaN" && w + 0 <= tw && c + 0 <= tc && l == "0") ? "target met" : "TARGET MISSED" }')
    echo "round $round/$ROUNDS: writable after $writable s, converged after $converged s, lost $lost ($verdict; load $load)"
    echo "  ${line#failover: }"
    results+=("$writable $converged")
    ((generator_status == 0)) || log "round $round: the generator exited with $generator_status (see $LOGS/generator-$round.err)"

    if ((round < ROUNDS)); then
        start_silo "$(for i in "${!SILO_PORTS[@]}"; do [[ ${SILO_PORTS[$i]} == "$victim_port" ]] && echo "$i"; done)"
    fi
done

printf '%s\n' "${results[@]}" | awk -v tw=$TARGET_WRITABLE -v tc=$TARGET_CONVERGED '
    { w[NR] = $1; c[NR] = $2; if ($1 != "NaN" && $1 + 0 > mw) mw = $1; if ($2 != "NaN" && $2 + 0 > mc) mc = $2;
      if ($1 == "NaN" || $1 + 0 > tw || $2 == "NaN" || $2 + 0 > tc) missed++ }
    END { printf "%d rounds: worst writable %.2f s (target <= %d s), worst converged %.2f s (target <= %d s); %d round(s) missed the target\n", NR, mw, tw, mc, tc, missed }'
