#!/usr/bin/env bash
# Scaling benchmark: `footprint audit` over the generated JSONL corpus with one worker, then two
# (`--jobs`), every built-in pack, release build. Prints MB/s, posts/s and peak RSS for each, and
# the speed-up of two workers over one.
# Usage: Benchmarks/scaling.sh [MB]   (default 50)
set -euo pipefail
source "$(dirname "$0")/common.sh"
input=$(corpus "${1:-50}")
runs=()
for jobs in 1 2; do
    timed .build/release/footprint audit --from jsonl --fail-on never --jobs "$jobs" --out /dev/null "$input"
    runs+=("$jobs $timed_start $timed_end $timed_rss")
done
python3 - "$(stat -c %s "$input")" "$(wc -l < "$input")" "${runs[@]}" <<'PY'
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
