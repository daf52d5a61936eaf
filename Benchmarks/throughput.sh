#!/usr/bin/env bash
# Throughput benchmark: `footprint check --jsonl` over a generated corpus of synthetic posts with
# every built-in pack, one process, release build. Prints MB/s (of input), posts/s and peak RSS.
# Usage: Benchmarks/throughput.sh [MB]   (default 50)
set -euo pipefail
source "$(dirname "$0")/common.sh"
input=$(corpus "${1:-50}")
timed sh -c '.build/release/footprint check --jsonl --fail-on never < "$1"' sh "$input"
python3 - "$(stat -c %s "$input")" "$(wc -l < "$input")" "$timed_start" "$timed_end" "$timed_rss" <<'PY'
import sys
size, posts, start, end, rss = (int(x) for x in sys.argv[1:])
seconds = (end - start) / 1e9
print(f"check --jsonl, {size / 1e6:.1f} MB, {posts} posts: {seconds:.2f} s, {size / 1e6 / seconds:.2f} MB/s, "
      f"{posts / seconds:,.0f} posts/s, peak RSS " + (f"{rss / 1024:.0f} MB" if rss else "unknown (no /usr/bin/time)"))
PY
