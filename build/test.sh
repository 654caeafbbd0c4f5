#!/usr/bin/env bash
# The test command: installs what the tests need when missing, builds once in Release, runs every
# test project, and ends with exactly one summary line "N passed, N failed".
#
#   build/test.sh                      # everything
#   build/test.sh --filter Postgres    # extra arguments go to `dotnet test`
#
# Needs the .NET SDK of global.json on PATH. Installs with apt-get (as root, or through sudo):
# postgresql (tests start private clusters), chromium (browser tests; never downloaded by a tool),
# fonts-dejavu-core (readable screenshots), npm (only when src/WebHost/package.json exists).
set -euo pipefail

# One stream, so the summary is the last line whichever way the output is captured.
exec 2>&1

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

results_dir="$repo_root/TestResults"
summary_printed=0

log() { printf '==> %s\n' "$*" >&2; }

# The last line of output is always the summary, even when the build breaks.
summary() {
  [[ $summary_printed == 1 ]] && return
  summary_printed=1
  printf '%d passed, %d failed\n' "$1" "$2"
}
trap 'status=$?; if [[ $summary_printed == 0 ]]; then summary 0 0; fi; exit $status' EXIT

# --- prerequisites ----------------------------------------------------------------------------

have_postgres() {
  local dir
  if [[ -n ${ORCHESTRATOR_PG_BIN:-} ]]; then
    [[ -x $ORCHESTRATOR_PG_BIN/initdb && -x $ORCHESTRATOR_PG_BIN/postgres && -x $ORCHESTRATOR_PG_BIN/pg_ctl ]]
    return
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x $dir/initdb && -x $dir/postgres && -x $dir/pg_ctl ]] && return 0
  done
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    [[ -n $dir && -x $dir/initdb && -x $dir/postgres && -x $dir/pg_ctl ]] && return 0
  fi
  return 1
}

missing_packages=()
have_postgres || missing_packages+=(postgresql)
[[ -x ${ORCHESTRATOR_CHROMIUM:-/usr/bin/chromium} ]] || missing_packages+=(chromium)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing_packages+=(fonts-dejavu-core)
if [[ -f src/WebHost/package.json ]] && ! command -v npm >/dev/null 2>&1; then
  missing_packages+=(npm)
fi

if ((${#missing_packages[@]} > 0)); then
  log "installing missing packages: ${missing_packages[*]}"
  as_root=()
  if [[ $(id -u) != 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      as_root=(sudo)
    else
      log "not root and no sudo: install ${missing_packages[*]} first"
      exit 1
    fi
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  log "dotnet not found on PATH: install the .NET SDK named in global.json"
  exit 1
fi

export ORCHESTRATOR_CHROMIUM="${ORCHESTRATOR_CHROMIUM:-/usr/bin/chromium}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# --- web assets -------------------------------------------------------------------------------

if [[ -f src/WebHost/package.json ]]; then
  log "npm packages for src/WebHost"
  if [[ -f src/WebHost/package-lock.json ]]; then
    (cd src/WebHost && npm ci --no-audit --no-fund)
  else
    (cd src/WebHost && npm install --no-audit --no-fund)
  fi
fi

# --- build and test ---------------------------------------------------------------------------

log "dotnet build (Release)"
dotnet build Orchestrator.sln -c Release

rm -rf "$results_dir"
log "dotnet test $*"
test_status=0
dotnet test Orchestrator.sln -c Release --no-build --logger "trx" --results-directory "$results_dir" "$@" || test_status=$?

# --- summary ----------------------------------------------------------------------------------

# Each test project writes one .trx; its <Counters .../> element carries the totals. Errors,
# timeouts and aborts count as failures.
counter() { # counter NAME TEXT -> the value of NAME="n" in TEXT, 0 when absent
  local value
  value="$(grep -oE "[[:space:]]$1=\"[0-9]+\"" <<<"$2" | head -n1 | grep -oE '[0-9]+' || true)"
  printf '%s' "${value:-0}"
}

passed=0
failed=0
trx_count=0
while IFS= read -r -d '' trx; do
  trx_count=$((trx_count + 1))
  counters="$(tr '\r\n' '  ' <"$trx" | grep -oE '<Counters[^>]*>' | head -n1 || true)"
  if [[ -z $counters ]]; then
    log "no <Counters> in $trx"
    failed=$((failed + 1))
    continue
  fi
  passed=$((passed + $(counter passed "$counters")))
  failed=$((failed + $(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
done < <(find "$results_dir" -name '*.trx' -type f -print0 2>/dev/null)

log "dotnet test exit code $test_status, $trx_count result file(s)"
summary "$passed" "$failed"

if ((test_status != 0 || failed > 0 || passed == 0)); then
  exit 1
fi
