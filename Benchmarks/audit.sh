#!/usr/bin/env bash
# Audit benchmark: `footprint audit` over a generated X/Twitter archive of N posts, every built-in
# pack, all cores, release build. Prints posts/s, MB/s and peak memory (RSS).
# Usage: Benchmarks/audit.sh [POSTS]   (default 100000)
set -euo pipefail
source "$(dirname "$0")/common.sh"
posts=${1:-100000}
archive=.build/bench-tweets-${posts}.js
[ -f "$archive" ] || python3 Benchmarks/generate_archive.py --posts "$posts" --out "$archive"
timed .build/release/footprint audit --fail-on never --out /dev/null "$archive"
python3 - "$(stat -c %s "$archive")" "$posts" "$timed_start" "$timed_end" "$timed_rss" <<'PY'
import sys
size, posts, start, end, rss = (int(x) for x in sys.argv[1:])
seconds = (end - start) / 1e9
print(f"audit, {size / 1e6:.1f} MB archive, {posts} posts: {seconds:.2f} s, {posts / seconds:,.0f} posts/s, "
      f"{size / 1e6 / seconds:.1f} MB/s, peak RSS " + (f"{rss / 1024:.0f} MB" if rss else "unknown (no /usr/bin/time)"))
PY
