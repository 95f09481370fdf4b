#!/usr/bin/env bash
# Reproduces the figures of benchmarks/README.md: installs the peer engine (bpmn-engine, from the lock file),
# builds the driver in Release and runs it. Arguments go to the driver:
#   benchmarks/run.sh                       all three figures, 7 interleaved rounds of 2 s each
#   benchmarks/run.sh inmemory --rounds 9   one figure, more rounds
#   benchmarks/run.sh bdn --filter '*'      BenchmarkDotNet: the runner's own cost per instance
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

if [ ! -d "$here/bpmn/node_modules/bpmn-engine" ]; then
  npm ci --prefix "$here/bpmn" --no-audit --no-fund
fi
dotnet build "$here/Visitation.Benchmarks/Visitation.Benchmarks.csproj" -c Release -v q -nologo
exec dotnet "$here/Visitation.Benchmarks/bin/Release/net10.0/Visitation.Benchmarks.dll" "$@"
