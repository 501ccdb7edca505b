#!/usr/bin/env bash
# Renders the README's pictures with headless Chromium (Debian: apt-get install chromium): the plan chart
# (docs/plan-h2026.png, from 'samtale plan --format svg') and the status report for the OU leader (docs/status-h2026.png,
# from 'samtale round status --format html' on a fresh example round on the local tenant, judged on 25 November).
# Run it after a deliberate change to the chart or the report, with their golden files.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "Needs chromium (apt-get install chromium)." >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
samtale() { dotnet run --project provisioning/PnpSamtale.Cli -- "$@"; }
shoot() { # size, output, page
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
    --force-device-scale-factor="$4" --window-size="$1" --default-background-color=ffffffff --screenshot="$PWD/$2" "file://$3" 2>/dev/null
  echo "$2 ($1 at ${4}x)"
}

samtale plan --routine stinn-medarbeidersamtaler --roster stinn-eksempel \
  --term H2026 --set 1.2=2026-11-09 --format svg --today 2026-11-18 > "$work/plan.svg"
size=$(grep -o 'viewBox="0 0 [0-9.]* [0-9.]*"' "$work/plan.svg" | head -1 | awk '{print $3 "," $4}' | tr -d '"')
shoot "$size" docs/plan-h2026.png "$work/plan.svg" 2

samtale round start --routine stinn-medarbeidersamtaler --roster stinn-eksempel --term H2026 --set 1.2=2026-11-09 \
  --data "$work/data" --local-port 0 > /dev/null
samtale round status H2026 --now 2026-11-25 --format html --data "$work/data" --local-port 0 > "$work/status.html"
shoot 1100,1600 docs/status-h2026.png "$work/status.html" 1
