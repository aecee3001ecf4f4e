#!/usr/bin/env bash
# Whole-archive throughput of the `minutes` CLI against the floor of
# simply reading the files (`rg -c agreed`).
#
# Builds an archive from COPIES copies of ../shared/archive (2,183 real
# minutes, 37 MB) in a temporary folder, then times
#   minutes parse DIR --format ndjson > /dev/null   (--jobs 1 and all cores)
#   rg -c agreed DIR > /dev/null                    (the floor)
# with hyperfine, measures peak RSS with /usr/bin/time, and prints files/s,
# MB/s, peak RSS and the ratio to the floor.
#
# Usage: scripts/bench-archive.sh [--copies N | --big] [--archive DIR] [--runs N] [--check]
#   --copies N   copies of the archive (default 3, about 110 MB)
#   --big        30 copies (about 1.1 GB)
#   --archive    the archive to copy (default ../shared/archive)
#   --check      exit 1 when a target is not met (the CLI within 3x of
#                the floor, peak RSS under 100 MB)
set -euo pipefail
cd "$(dirname "$0")/.."

copies=3
archive=../shared/archive
runs=3
check=0
while [ $# -gt 0 ]; do
    case "$1" in
        --copies) copies=$2; shift 2 ;;
        --big) copies=30; shift ;;
        --archive) archive=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --check) check=1; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -d "$archive" ] || { echo "no archive at $archive" >&2; exit 2; }

source scripts/lib.sh
need rg ripgrep
need hyperfine hyperfine
[ -x /usr/bin/time ] || need /usr/bin/time time

cargo build --release --quiet
bin=$PWD/target/release/minutes

work=$(mktemp -d "${TMPDIR:-/tmp}/minutes-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
    cp -r "$archive" "$work/copy$i"
done
files=$(find "$work" -name '*.txt' | wc -l)
bytes=$(find "$work" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}')
cores=$(nproc)
echo "archive: $copies copies, $files files, $mb MB, $cores cores"

hyperfine --warmup 1 --runs "$runs" --export-json "$work/times.json" --style basic \
    -n "minutes --jobs 1" "$bin parse -q --jobs 1 -f ndjson $work > /dev/null" \
    -n "minutes --jobs $cores" "$bin parse -q -f ndjson $work > /dev/null" \
    -n "rg -c agreed (floor)" "rg -c agreed $work > /dev/null || true" >&2

# Peak RSS varies from run to run with which worker meets the largest
# files when: the highest of three runs is reported.
rss() {
    local most=0 kb
    for _ in 1 2 3; do
        kb=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)
        [ "$kb" -gt "$most" ] && most=$kb
    done
    echo "$most"
}
rss1=$(rss "$bin" parse -q --jobs 1 -f ndjson "$work")
rssn=$(rss "$bin" parse -q -f ndjson "$work")

python3 - "$work/times.json" "$files" "$bytes" "$rss1" "$rssn" "$check" <<'PY'
import json, sys
times, files, size, rss1, rssn = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
check = sys.argv[6] == "1"
res = {r["command"]: r["median"] for r in json.load(open(times))["results"]}
floor = [v for k, v in res.items() if k.startswith("rg")][0]
rss = {"minutes --jobs 1": rss1}
print(f"{'command':<22} {'median s':>9} {'files/s':>9} {'MB/s':>8} {'peak RSS':>9} {'x floor':>8}")
for name, t in res.items():
    r = rss.get(name, rssn if name.startswith("minutes") else "-")
    r = f"{int(r) / 1024:.0f} MB" if r != "-" else "-"
    print(f"{name:<22} {t:>9.3f} {files / t:>9.0f} {size / 1e6 / t:>8.1f} {r:>9} {t / floor:>8.2f}")
# The issue's targets: the CLI (all cores) within 3x of the floor, peak
# RSS under 100 MB whatever the archive's size.
best = min(v for k, v in res.items() if k.startswith("minutes"))
peak = max(int(rss1), int(rssn)) / 1024
targets = [
    (f"CLI within 3x of the floor ({best / floor:.1f}x)", best / floor <= 3),
    (f"peak RSS under 100 MB ({peak:.0f} MB)", peak < 100),
]
for what, ok in targets:
    print(f"{'met' if ok else 'NOT met':>8}: {what}")
if check and not all(ok for _, ok in targets):
    sys.exit(1)
PY
