#!/usr/bin/env bash
# Instructions the library spends per parse of a sample of the archive,
# counted by valgrind (callgrind): a speed figure that does not drift
# with the machine, to compare builds and changes.
#
# The sample is every 20th file of the archive (sorted paths; 109 files,
# about 1.7 MB for ../shared/archive). `examples/throughput.rs` parses it
# once and then three times; the difference, halved, is the steady-state
# count of one round (regex compilation and the first round's warm-up
# cancel out).
#
# Usage: scripts/instructions.sh [--archive DIR] [--every N]
set -euo pipefail
cd "$(dirname "$0")/.."

archive=../shared/archive
every=20
while [ $# -gt 0 ]; do
    case "$1" in
        --archive) archive=$2; shift 2 ;;
        --every) every=$2; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -d "$archive" ] || { echo "no archive at $archive" >&2; exit 2; }
source scripts/lib.sh
need valgrind valgrind

cargo build --release --quiet --example throughput
bin=$PWD/target/release/examples/throughput

work=$(mktemp -d "${TMPDIR:-/tmp}/minutes-instr.XXXXXX")
trap 'rm -rf "$work"' EXIT
n=0
while IFS= read -r f; do
    n=$((n + 1))
    cp "$f" "$work/$n.txt"
done < <(find "$archive" -name '*.txt' | LC_ALL=C sort | awk -v e="$every" 'NR % e == 0')
bytes=$(find "$work" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')

refs() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$work" "$1" 2>&1 \
        | awk '/refs:/ {gsub(",", "", $NF); print $NF}'
}
one=$(refs 1)
three=$(refs 3)
per=$(( (three - one) / 2 ))
awk -v n="$n" -v b="$bytes" -v p="$per" 'BEGIN {
    printf "sample: %d files, %.2f MB\n", n, b / 1e6
    printf "instructions per round: %.1f M (%.0f per byte)\n", p / 1e6, p / b
}'
