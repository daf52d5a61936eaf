#!/usr/bin/env bash
# Throughput benchmark: `footprint check --jsonl` over a generated corpus of synthetic posts with
# every built-in pack, one process, release build. Prints MB/s (of input) and posts/s.
# Usage: Benchmarks/throughput.sh [MB]   (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
swift build -c release --product footprint >/dev/null
corpus=.build/bench-posts-${mb}mb.jsonl
[ -f "$corpus" ] || python3 Benchmarks/generate_posts.py --mb "$mb" --out "$corpus" >&2
bytes=$(stat -c %s "$corpus")
posts=$(wc -l < "$corpus")
start=$(date +%s%N)
.build/release/footprint check --jsonl --fail-on never < "$corpus" > /dev/null
end=$(date +%s%N)
python3 - "$bytes" "$posts" "$start" "$end" <<'PY'
import sys
size, posts, start, end = (int(x) for x in sys.argv[1:])
seconds = (end - start) / 1e9
print(f"check --jsonl, {size / 1e6:.1f} MB, {posts} posts: {seconds:.2f} s, {size / 1e6 / seconds:.1f} MB/s, {posts / seconds:,.0f} posts/s")
PY
