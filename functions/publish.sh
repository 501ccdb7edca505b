#!/usr/bin/env bash
# Builds the deployable package of the Functions app: 'dotnet publish' of the .NET isolated worker (framework-dependent
# for the dotnet-isolated 10.0 runtime, linux-x64, ReadyToRun), zipped with what the publish output holds at its root:
# host.json, functions.metadata (the functions and their bindings), worker.config.json (how the host starts the worker),
# .azurefunctions/ (the host-side extensions) and the app with its templates/.
# The zip is what 'az functionapp deployment source config-zip' (Flex Consumption included) takes.
#
#   bash functions/publish.sh [--out DIR]     default DIR: functions/dist
#
# Writes DIR/app/ (the layout) and DIR/pnpsamtale-functions.zip. Needs the .NET SDK and zip (or python3).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "publish.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
app="$out/app"
zip_file="$out/pnpsamtale-functions.zip"
rm -rf "$app" "$zip_file"
mkdir -p "$app"

echo "== publish the worker (linux-x64, framework-dependent, ReadyToRun)"
dotnet publish "$here/PnpSamtale.Functions/PnpSamtale.Functions.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -p:UseAppHost=false -p:DebugType=none -p:GenerateDocumentationFile=false -o "$app" -nologo -v quiet

for required in host.json functions.metadata worker.config.json .azurefunctions; do
  [ -e "$app/$required" ] || { echo "publish.sh: the publish output has no $required" >&2; exit 1; }
done

echo "== zip"
if command -v zip >/dev/null; then
  (cd "$app" && zip -q -r -X "$zip_file" .)
elif command -v python3 >/dev/null; then
  python3 - "$app" "$zip_file" <<'PY'
import os, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(folder, name)
            info = zipfile.ZipInfo.from_file(path, os.path.relpath(path, root))
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as source:
                archive.writestr(info, source.read())
PY
else
  echo "publish.sh: needs zip or python3 to write the package" >&2
  exit 1
fi
functions=$(grep -c '"scriptFile"' "$app/functions.metadata")
echo "Package: $zip_file ($(du -h "$zip_file" | cut -f1), $functions functions)"
