#!/usr/bin/env bash
# Start-up cost of the first query on the bundled data (benchmarks/FirstQuery) over an empty console app
# (benchmarks/EmptyConsole), as whole processes, in the three ways an app can be deployed: JIT-compiled, ReadyToRun and
# native AOT. Needs hyperfine (Debian: apt-get install hyperfine). RUNS sets the runs per command (default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for app in EmptyConsole FirstQuery; do
  dotnet build "benchmarks/$app" -c Release -v quiet -nologo
  dotnet publish "benchmarks/$app" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r-$app" -v quiet -nologo
  dotnet publish "benchmarks/$app" -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot-$app" -v quiet -nologo
done
hyperfine --warmup 3 --runs "${RUNS:-30}" -N --export-markdown "${OUT:-/dev/stdout}" \
  "dotnet benchmarks/EmptyConsole/bin/Release/net10.0/EmptyConsole.dll" \
  "dotnet benchmarks/FirstQuery/bin/Release/net10.0/FirstQuery.dll" \
  "$out/r2r-EmptyConsole/EmptyConsole" "$out/r2r-FirstQuery/FirstQuery" \
  "$out/aot-EmptyConsole/EmptyConsole" "$out/aot-FirstQuery/FirstQuery"
