#!/usr/bin/env bash
# Hot reads under load against a static signed-in endpoint on the same host, in one run (see README.md).
#   benchmarks/reads/run.sh                 3 rounds, 4 s per side per slice, 16 connections
#   ROUNDS=5 SECONDS_PER_SLICE=5 benchmarks/reads/run.sh
# Needs wrk (Debian: apt-get install -y wrk). Builds the host in Release, starts it on a throw-away SQLite file
# with the demo data, registers underretninger so the caseworker has 60 tasks and 20 cases, then measures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
rounds="${ROUNDS:-3}"
slice="${SECONDS_PER_SLICE:-4}"
connections="${CONNECTIONS:-16}"
port="${PORT:-5197}"
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)" >&2; exit 1; }
dotnet build "$root/src/Visitation.Host" -c Release -p:SkipStudioBuild=true -v q -nologo >/dev/null

work="$(mktemp -d)"
host_pid=""
cleanup() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

(cd "$root/src/Visitation.Host/bin/Release/net10.0" && exec env ASPNETCORE_ENVIRONMENT=Development \
  ConnectionStrings__Sqlite="Data Source=$work/visitation.db" Urls="$base" dotnet Visitation.Host.dll >"$work/host.log" 2>&1) &
host_pid=$!
for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$base/health" >/dev/null || { echo "the host did not start; its log:" >&2; cat "$work/host.log" >&2; exit 1; }

sign_in() { # user, cookie jar
  curl -sf -c "$2" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo\"}" "$base/api/auth/login" >/dev/null
}
cookie_header() { awk '$6 ~ /^\.Visitation\.Session/ { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$1"; }
xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1"; }

sign_in raadgiver@9901 "$work/raadgiver.jar"
sign_in leder@9901 "$work/leder.jar"
now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
for i in $(seq 1 20); do
  curl -sf -b "$work/raadgiver.jar" -H "X-XSRF-TOKEN: $(xsrf "$work/raadgiver.jar")" -H 'Content-Type: application/json' \
    -d "{\"notifierType\":\"Professional\",\"notifier\":{\"name\":\"Skolen\"},\"receivedAt\":\"$now\",\"content\":\"Bekymring $i\",\"children\":[{\"child\":{\"name\":\"Barn $i\",\"dateOfBirth\":\"2015-03-04\"}}]}" \
    "$base/api/cases/underretninger" >/dev/null
done
case_id="$(curl -sf -b "$work/raadgiver.jar" "$base/api/cases?mine=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
forum_id="$(curl -sf -b "$work/leder.jar" "$base/api/forums" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
meeting_id="$(curl -sf -b "$work/leder.jar" "$base/api/forums/$forum_id/meetings?from=$(date -u +%Y-%m-%d)&to=$(date -u -d "+60 days" +%Y-%m-%d)" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
tasks="$(curl -sf -b "$work/raadgiver.jar" "$base/api/tasks?view=mine&take=500" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
echo "caseworker's tasks: $tasks; case $case_id; agenda of meeting $meeting_id"

raadgiver="$(cookie_header "$work/raadgiver.jar")"
leder="$(cookie_header "$work/leder.jar")"
static="/api/reference/municipalities"
endpoints=("work list|/api/tasks?view=mine&take=100|$raadgiver"
           "case list|/api/cases?mine=true|$raadgiver"
           "case page|/api/cases/$case_id|$raadgiver"
           "agenda|/api/forums/$forum_id/meetings/$meeting_id/agenda|$leder")

measure() { # path, cookie header, seconds
  wrk -t2 -c"$connections" -d"${3}s" -s "$here/report.lua" -H "Cookie: $2" "$base$1" | awk '/^RESULT/ { print $2, $3, $4, $5, $6 }'
}

echo "warming up"
for entry in "${endpoints[@]}"; do IFS='|' read -r _ path cookie <<<"$entry"; measure "$path" "$cookie" 3 >/dev/null; done
measure "$static" "$raadgiver" 3 >/dev/null

printf '\n| Endpoint | Rate (req/s) | Static (req/s) | Ratio (median) | Round ratios | p50 / p95 / p99 (ms) | Static p50 / p95 / p99 (ms) |\n|---|---|---|---|---|---|---|\n'
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name path cookie <<<"$entry"
  results="$work/$RANDOM.txt"
  for round in $(seq 1 "$rounds"); do
    # ABBA: a machine that gets busier or quieter during the round affects both sides alike.
    a1="$(measure "$static" "$raadgiver" "$slice")"; b1="$(measure "$path" "$cookie" "$slice")"
    b2="$(measure "$path" "$cookie" "$slice")"; a2="$(measure "$static" "$raadgiver" "$slice")"
    echo "$a1 $a2 $b1 $b2" >>"$results"
  done
  python3 - "$name" "$results" <<'PY'
import statistics, sys
name, path = sys.argv[1], sys.argv[2]
rows = [list(map(float, line.split())) for line in open(path)]
# each row: static(rps p50 p95 p99 errors) x2, endpoint(...) x2
ratios, ours, theirs, lat, slat, errors = [], [], [], [], [], 0
for r in rows:
    a1, a2, b1, b2 = r[0:5], r[5:10], r[10:15], r[15:20]
    ours.append((b1[0] + b2[0]) / 2); theirs.append((a1[0] + a2[0]) / 2)
    ratios.append(ours[-1] / theirs[-1])
    lat += [b1[1:4], b2[1:4]]; slat += [a1[1:4], a2[1:4]]
    errors += int(a1[4] + a2[4] + b1[4] + b2[4])
med = lambda xs: statistics.median(xs)
p = lambda rows: " / ".join(f"{med([x[i] for x in rows]):.1f}" for i in range(3))
print(f"| {name} | {med(ours):,.0f} | {med(theirs):,.0f} | **{med(ratios):.0%}** | {min(ratios):.0%} – {max(ratios):.0%} | {p(lat)} | {p(slat)} |"
      + (f" ({errors} errors)" if errors else ""))
PY
done
