#!/usr/bin/env bash
# The forecast on 10 years of history against one year, on SQLite and PostgreSQL (see ../README.md, "Economy").
#   benchmarks/economy/run.sh            7 rounds per provider
#   benchmarks/economy/run.sh 11         more rounds
# PostgreSQL: VISITATION_TEST_POSTGRES must point at a server, as for the host tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
dotnet build tests/Visitation.Host.Tests -v q -nologo
VISITATION_FORECAST_ROUNDS="${1:-7}" \
  dotnet test tests/Visitation.Host.Tests --no-build --filter "FullyQualifiedName~ForecastHistoryBenchmark" \
  --logger "console;verbosity=detailed" | grep -E "laid down|forecast 2026|round|median|^--|SEARCH|SCAN|USE|Scan|Filter|Index|Sort|Aggregate|Rows|Heap|Bitmap|Planning|Execution|Recheck"
cat artifacts/benchmarks/forecast-*.txt
