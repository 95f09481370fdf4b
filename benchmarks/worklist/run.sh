#!/usr/bin/env bash
# Measures the work list with 10,000 tasks against 100: time to first rows and to a search's rows (see README.md).
#   benchmarks/worklist/run.sh            7 rounds (plus one warm-up), both sizes alternating
#   benchmarks/worklist/run.sh 11         more rounds
# Needs the Studio built into the Host (npm ci && npm run build in src/Visitation.Studio, or a Host build
# without SkipStudioBuild) and Chromium at /usr/bin/chromium (or VISITATION_CHROMIUM).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
dotnet build tests/Visitation.BrowserTests -v q -nologo
VISITATION_WORKLIST_ROUNDS="${1:-7}" \
  dotnet test tests/Visitation.BrowserTests --no-build --filter "FullyQualifiedName~WorkListBenchmark" \
  --logger "console;verbosity=detailed" | grep -E "round|median|laid down"
cat artifacts/benchmarks/worklist.json
