#!/usr/bin/env bash
# A cache-miss profile of the point lookups, on the bundled data and on a million periods, counted by valgrind's
# callgrind: for machines whose CPU shows perf no hardware counters (`perf stat -e cache-misses true`).
#
#   bash benchmarks/cache-profile.sh
#
# - The caches simulated are one core of the machine in docs/benchmarks.md: a 32 KiB, 8-way first-level data cache and,
#   as the last level, its 1 MiB, 16-way second-level cache. A miss there goes to the shared third level or to memory.
# - Only the timed batches are counted: after set-up and warm-up, the program switches counting on, runs one lookup's
#   batch of 1,024 queries $repeats times, switches it off and dumps the counts (benchmarks/Treaties.Benchmarks/
#   CacheProfile.cs). The counts of an empty batch, the cost of the switching once its code is compiled, are taken off
#   each.
# - Under valgrind the JIT falls back to unoptimised code for some methods, so the instructions counted are more than
#   the benchmarks run (their own are in `--disasm`). The misses come from the data the lookups read, which is the same.
# - WhoMustDefend runs at 100,000 periods: its first use at a million takes half a minute natively, hours under valgrind.
# Takes about 5 minutes, most of it building the million-period catalog under valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=200
dotnet build -c Release benchmarks/Treaties.Benchmarks -v q -nologo > /dev/null
program=benchmarks/Treaties.Benchmarks/bin/Release/net10.0/Treaties.Benchmarks.dll
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Tiering off: no background compilation while counting, and the same code in every run.
export DOTNET_EnableWriteXorExecute=0 DOTNET_TieredCompilation=0

# Profiles lookups on one scale; prints a table row per lookup.
profile() {
  local scale=$1
  shift
  valgrind --tool=callgrind --cache-sim=yes --instr-atstart=no --D1=32768,8,64 --LL=1048576,16,64 \
    --callgrind-out-file="$out/$scale" dotnet "$program" profile "$repeats" "$scale" "$@" > /dev/null 2>&1
  # Each dump is a part file with its name on a "desc: Trigger: dump <name>" line and its counts on the
  # "totals:" line (Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw).
  for part in $(ls "$out/$scale".* | sort -t. -k2 -n); do
    printf '%s ' "$(sed -n 's/^desc: Trigger: dump //p' "$part")"
    sed -n 's/^totals: //p' "$part"
  done | awk -v scale="$scale" -v q=$((repeats * 1024)) '
    $1 == "switching" { d1 = $6 + $7; ll = $9 + $10; next }  # the second of the two is the one kept
    { name = $1; sub(/@one-treaty/, "", name); where = ($1 ~ /@one-treaty/) ? scale ", one treaty" : scale
      printf "| %s | %s | %.2f | %.2f |\n", name, where, ($6 + $7 - d1) / q, ($9 + $10 - ll) / q }'
}

printf '| lookup | catalog | L1 data misses per query | L2 misses per query |\n| --- | --- | ---: | ---: |\n'
profile bundled IsMember MembersOn AreAllies WhoMustDefend
profile 1000x250x1M IsMember IsMember@one-treaty MembersOn MembersOn@one-treaty AreAllies
profile 100x250x100k WhoMustDefend
