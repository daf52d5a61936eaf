#!/usr/bin/env bash
# Scaling benchmark: `footprint audit` over the generated JSONL corpus with one worker, then two
# (`--jobs`), every built-in pack, release build. Prints MB/s, posts/s and peak RSS for each, and
# the speed-up of two workers over one.
# Usage: Benchmarks/scaling.sh [MB]   (default 50)
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
results=()
for jobs in 1 2; do
    start=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v .build/release/footprint audit --from jsonl --fail-on never --jobs "$jobs" --out /dev/null "$corpus" 2> "$log"
    else
        .build/release/footprint audit --from jsonl --fail-on never --jobs "$jobs" --out /dev/null "$corpus" 2> "$log"
    fi
    end=$(date +%s%N)
    rss=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+).*/\1/p' "$log")
    results+=("$jobs $start $end ${rss:-0}")
done
python3 - "$bytes" "$posts" "${results[@]}" <<'PY'
import sys
size, posts = int(sys.argv[1]), int(sys.argv[2])
rates = {}
for run in sys.argv[3:]:
    jobs, start, end, rss = (int(x) for x in run.split())
    seconds = (end - start) / 1e9
    rates[jobs] = size / 1e6 / seconds
    print(f"audit --jobs {jobs}, {size / 1e6:.1f} MB, {posts} posts: {seconds:.2f} s, {rates[jobs]:.2f} MB/s, "
          f"{posts / seconds:,.0f} posts/s, peak RSS " + (f"{rss / 1024:.0f} MB" if rss else "unknown"))
print(f"two workers: {rates[2] / rates[1]:.2f}x one")
PY
