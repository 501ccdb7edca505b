#!/usr/bin/env bash
# Renders the README's picture of the plan chart (docs/plan-h2026.png) from 'samtale plan --format svg' with headless
# Chromium (Debian: apt-get install chromium). Run it after a deliberate change to the chart, with its golden file.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "Needs chromium (apt-get install chromium)." >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project provisioning/PnpSamtale.Cli -- plan --routine stinn-medarbeidersamtaler --roster stinn-eksempel \
  --term H2026 --set 1.2=2026-11-09 --format svg --today 2026-11-18 > "$work/plan.svg"
size=$(grep -o 'viewBox="0 0 [0-9.]* [0-9.]*"' "$work/plan.svg" | head -1 | awk '{print $3 "," $4}' | tr -d '"')
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=2 \
  --window-size="$size" --default-background-color=ffffffff --screenshot="$PWD/docs/plan-h2026.png" "file://$work/plan.svg" 2>/dev/null
echo "docs/plan-h2026.png ($size at 2x)"
