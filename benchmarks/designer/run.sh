#!/usr/bin/env bash
# Measures the designer's time to interactive for generated flows of 30 and 300 activities (see README.md).
#   benchmarks/designer/run.sh            7 rounds (plus one warm-up), both sizes alternating
#   benchmarks/designer/run.sh 11         more rounds
# Needs the Studio built into the Host (npm ci && npm run build in src/Visitation.Studio, or a Host build
# without SkipStudioBuild) and Chromium at /usr/bin/chromium (or VISITATION_CHROMIUM).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
dotnet build tests/Visitation.BrowserTests -v q -nologo
VISITATION_DESIGNER_ROUNDS="${1:-7}" \
  dotnet test tests/Visitation.BrowserTests --no-build --filter "FullyQualifiedName~DesignerTimeToInteractive" \
  --logger "console;verbosity=detailed" | grep -E "round|median"
cat artifacts/benchmarks/designer.json
