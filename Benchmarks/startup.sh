#!/usr/bin/env bash
# Start-up benchmark: wall time of `footprint check` on one 280-character draft with every
# built-in pack, over repeated runs (loading and compiling the packs included).
# Usage: Benchmarks/startup.sh [runs]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
swift build -c release --product footprint >/dev/null
binary=.build/release/footprint
draft=$(mktemp)
trap 'rm -f "$draft"' EXIT
# The bundled example draft, cut to 280 characters (a post's length).
python3 -c 'import sys; t=open("Corpora/drafts/example-post.txt", encoding="utf-8").read(); sys.stdout.write((t * 3)[:280])' > "$draft"
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$binary" check --format json --fail-on never "$draft" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")
printf 'footprint check, 280-character draft, %d runs: min %.1f ms, median %.1f ms, max %.1f ms\n' "$runs" \
    "$(head -n1 <<<"$sorted")e-3" "${median}e-3" "$(tail -n1 <<<"$sorted")e-3"
