#!/usr/bin/env bash
# Throughput benchmark: `footprint check --jsonl` over a generated corpus of synthetic posts with
# every built-in pack, one process, release build. Prints MB/s (of input), posts/s and peak RSS.
# Usage: Benchmarks/throughput.sh [MB]   (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
swift build -c release --product footprint >/dev/null
corpus=.build/bench-posts-${mb}mb.jsonl
[ -f "$corpus" ] || python3 Benchmarks/generate_posts.py --mb "$mb" --out "$corpus" >&2
bytes=$(stat -c %s "$corpus")
posts=$(wc -l < "$corpus")
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s%N)
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v .build/release/footprint check --jsonl --fail-on never < "$corpus" > /dev/null 2> "$log"
else
    .build/release/footprint check --jsonl --fail-on never < "$corpus" > /dev/null
fi
end=$(date +%s%N)
rss=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+).*/\1/p' "$log")
python3 - "$bytes" "$posts" "$start" "$end" "${rss:-0}" <<'PY'
import sys
size, posts, start, end, rss = (int(x) for x in sys.argv[1:])
seconds = (end - start) / 1e9
print(f"check --jsonl, {size / 1e6:.1f} MB, {posts} posts: {seconds:.2f} s, {size / 1e6 / seconds:.2f} MB/s, "
      f"{posts / seconds:,.0f} posts/s, peak RSS " + (f"{rss / 1024:.0f} MB" if rss else "unknown (no /usr/bin/time)"))
PY
