#!/usr/bin/env bash
# Start-up cost of the main sample over an empty console app, as whole processes.
# Uses hyperfine where installed (Debian: apt-get install hyperfine), else /usr/bin/time over a loop.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build benchmarks/EmptyConsole -c Release -v quiet -nologo
dotnet build samples/TreatyQuery -c Release -v quiet -nologo
empty="dotnet benchmarks/EmptyConsole/bin/Release/net10.0/EmptyConsole.dll"
sample="dotnet samples/TreatyQuery/bin/Release/net10.0/treaty-query.dll members CSTO 2022-09-13"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs "${RUNS:-20}" --export-markdown "${OUT:-/dev/stdout}" -N "$empty" "$sample"
else
  for cmd in "$empty" "$sample"; do
    echo "$cmd"
    /usr/bin/time -f "%e s elapsed, %M KB max resident" bash -c "for i in \$(seq ${RUNS:-20}); do $cmd >/dev/null; done"
  done
fi
