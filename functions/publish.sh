#!/usr/bin/env bash
# Builds the deployable package of the Functions app: the handler published self-contained for linux-x64
# (ReadyToRun), host.json at the root, one folder per function, the handler with its execute bit, zipped.
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
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "publish.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
app="$out/app"
zip_file="$out/pnpsamtale-functions.zip"
rm -rf "$app" "$zip_file"
mkdir -p "$app"

echo "== publish the handler (self-contained, linux-x64, ReadyToRun)"
dotnet publish "$here/PnpSamtale.Functions/PnpSamtale.Functions.csproj" -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=true -p:DebugType=none -p:GenerateDocumentationFile=false -o "$app/handler" -nologo -v quiet

echo "== lay out host.json and the function folders"
cp "$here/app/host.json" "$app/host.json"
for function in "$here"/app/*/; do
  name=$(basename "$function")
  [ -f "$function/function.json" ] || continue
  mkdir -p "$app/$name"
  cp "$function/function.json" "$app/$name/function.json"
done
chmod 755 "$app/handler/samtale-functions"

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
functions=$(find "$app" -mindepth 2 -maxdepth 2 -name function.json | wc -l)
echo "Package: $zip_file ($(du -h "$zip_file" | cut -f1), $functions functions)"
