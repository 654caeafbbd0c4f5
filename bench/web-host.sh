# Sourced by bench/live.sh and bench/storm.sh: starting one web host (embedded default: co-hosted silo,
# SQLite file) from its Release build, and waiting until it is ready. The caller sets repo_root, work,
# server_dll, TOKEN, PORT, SILO_PORT, GATEWAY_PORT, and CHANGES_PER_MINUTE to lift the leads' rate limit;
# SERVER_ENV (VAR=value ...) is set for the web host alone, e.g. SERVER_ENV=DOTNET_TieredPGO=0;
# SERVER_CPUS (a taskset list, e.g. 0) pins it to those cores.
# The host runs in $work (its data/ there) and reads its appsettings.json (log levels) and pages from
# src/WebHost (--contentRoot): the build output has no pages.

start_server() {
  local limits=()
  if [[ -n ${CHANGES_PER_MINUTE:-} ]]; then limits=(Orchestrator__RateLimit__ChangesPerMinute="$CHANGES_PER_MINUTE"); fi
  local pin=()
  if [[ -n ${SERVER_CPUS:-} ]]; then pin=(taskset -c "$SERVER_CPUS"); fi
  ( cd "$work" && exec env \
      Orchestrator__AdminToken="$TOKEN" \
      "${limits[@]}" \
      Orchestrator__Storage__ConnectionString="Data Source=$work/orch.db" \
      Orchestrator__Cluster__SiloPort="$SILO_PORT" Orchestrator__Cluster__GatewayPort="$GATEWAY_PORT" \
      ${SERVER_ENV:-} \
      "${pin[@]}" dotnet "$server_dll" --contentRoot "$repo_root/src/WebHost" --urls "http://127.0.0.1:$PORT" >>"$work/server.log" 2>&1 ) &
  server_pid=$!
}

wait_ready() {
  local deadline=$((SECONDS + 120))
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
    if ((SECONDS > deadline)) || ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the web host did not become ready (see $work/server.log)" >&2; exit 1
    fi
    sleep 0.2
  done
}
