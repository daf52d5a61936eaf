#!/usr/bin/env bash
# Audit benchmark: `footprint audit` over a generated X/Twitter archive of N posts, every built-in
# pack, all cores, release build. Prints posts/s, MB/s and peak memory (RSS).
# Usage: Benchmarks/audit.sh [POSTS]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-100000}
swift build -c release --product footprint >/dev/null
archive=.build/bench-tweets-${posts}.js
[ -f "$archive" ] || python3 Benchmarks/generate_archive.py --posts "$posts" --out "$archive"
bytes=$(stat -c %s "$archive")
log=$(mktemp)
start=$(date +%s%N)
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v .build/release/footprint audit --fail-on never --out /dev/null "$archive" 2> "$log"
else
    .build/release/footprint audit --fail-on never --out /dev/null "$archive" 2> "$log"
fi
end=$(date +%s%N)
rss=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+).*/\1/p' "$log")
rss=${rss:-0}
python3 - "$bytes" "$posts" "$start" "$end" "$rss" <<'PY'
import sys
size, posts, start, end, rss = (int(x) for x in sys.argv[1:])
seconds = (end - start) / 1e9
print(f"audit, {size / 1e6:.1f} MB archive, {posts} posts: {seconds:.2f} s, {posts / seconds:,.0f} posts/s, "
      f"{size / 1e6 / seconds:.1f} MB/s, peak RSS " + (f"{rss / 1024:.0f} MB" if rss else "unknown (no /usr/bin/time)"))
PY
