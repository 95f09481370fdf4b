#!/usr/bin/env bash
# Runs every test of the product: installs what is missing (Chromium, PostgreSQL), starts a throw-away
# PostgreSQL on 127.0.0.1, builds, runs each test project and ends with "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

log() { printf '\n== %s\n' "$*"; }

install_missing() {
  local packages=()
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || packages+=(postgresql)
  [ ${#packages[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: ${packages[*]}. Install them with: sudo apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
  log "Installing ${packages[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null || exit 1
}

pg_dir=""
pg_bin=""
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir=$(mktemp -d /tmp/visitation-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  local port=${VISITATION_TEST_PG_PORT:-55432}
  while (echo > /dev/tcp/127.0.0.1/$port) >/dev/null 2>&1; do port=$((port + 1)); done
  log "Starting PostgreSQL on 127.0.0.1:$port"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U visitation >/dev/null || exit 1
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" -w start >/dev/null || { cat "$pg_dir/server.log"; exit 1; }
  export VISITATION_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=visitation;Database=postgres"
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
}
trap stop_postgres EXIT

install_missing
command -v node >/dev/null || { echo "Node.js is required to build the Studio" >&2; exit 1; }
start_postgres

log "Building"
dotnet tool restore >/dev/null || exit 1
dotnet build Visitation.sln -c Release -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

passed=0; failed=0; skipped=0; status=0
mkdir -p artifacts
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "Testing $name"
  out="artifacts/$name.log"
  # Benchmarks drivers that live in test projects run from benchmarks/, not here.
  dotnet test "$project" -c Release --no-build -nologo --filter "Category!=Benchmark" 2>&1 | tee "$out"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  line=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$out" | tail -n 1)
  if [ -z "$line" ]; then
    echo "No test summary from $name" >&2; failed=$((failed + 1)); status=1; continue
  fi
  failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line")))
  passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")))
  skipped=$((skipped + $(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")))
done

log "Testing the Studio's components"
out="artifacts/Visitation.Studio.log"
NO_COLOR=1 npm test --prefix src/Visitation.Studio 2>&1 | tee "$out"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
line=$(grep -E '^ *Tests +[0-9]' "$out" | tail -n 1)
if [ -z "$line" ]; then
  echo "No test summary from the Studio" >&2; failed=$((failed + 1)); status=1
else
  count() { grep -oE "[0-9]+ $1" <<<"$line" | grep -oE '^[0-9]+' || echo 0; }
  passed=$((passed + $(count passed))); failed=$((failed + $(count failed))); skipped=$((skipped + $(count skipped)))
fi

echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] || status=1
exit $status
