#!/usr/bin/env bash
# Builds the libFuzzer targets (AddressSanitizer on) and runs one.
# Usage: Fuzz/run.sh TARGET [SECONDS] [libFuzzer options…]
#   TARGET: text, json, csv, car, zip, export, rules (see Fuzz/Sources). SECONDS: 60 by default.
# The corpus grows in Fuzz/corpus/TARGET, seeded from files in the repository; a failing input is
# saved as Fuzz/crashes/TARGET-crash-… (or -timeout-, -oom-). Replay one with
#   FOOTPRINT_FUZZ_TARGET=TARGET Fuzz/.build/release/FootprintFuzz FILE
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: Fuzz/run.sh TARGET [SECONDS] [libFuzzer options…]}
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))

# SwiftPM links an executable with its own entry point, which calls libFuzzer's driver; libFuzzer's
# main, also linked by -sanitize=fuzzer, is the duplicate the linker is told to allow.
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address \
    -Xlinker --allow-multiple-definition --product FootprintFuzz >&2

# Seeds: inputs of the right kind already in the repository (and ../shared/datasets when present).
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
datasets=../../shared/datasets/archives
case $target in
text) cp ../Corpora/drafts/* "$seeds"/ ;;
json) cp ../Tests/Fixtures/bad-input/*.json* "$seeds"/ 2>/dev/null || true
      [ -d $datasets ] && cp $datasets/mastodon/*.json $datasets/threads/*.json "$seeds"/ || true ;;
csv) [ -d $datasets ] && cp $datasets/reddit/*.csv $datasets/linkedin/*.csv "$seeds"/ || true ;;
car) cp ../Tests/Fixtures/bad-input/*.car "$seeds"/
     [ -d $datasets ] && cp $datasets/bluesky/greenground.repo.car $datasets/bluesky/repo_slice.car "$seeds"/ || true ;;
zip) cp ../Tests/Fixtures/bad-input/*.zip "$seeds"/ ;;
export) [ -d $datasets ] && find $datasets -name '*.sample.*' -size -30k -exec cp {} "$seeds"/ \; || true ;;
rules) find ../Rules ../Tests/Fixtures/rules -name '*.yml' ! -name pack.yml ! -name scoring.yml |
           while read -r f; do cp "$f" "$seeds/$(echo "$f" | tr / _)"; done ;;
*) echo "unknown target: $target" >&2; exit 64 ;;
esac

mkdir -p "corpus/$target" crashes
FOOTPRINT_FUZZ_TARGET=$target .build/release/FootprintFuzz "corpus/$target" "$seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="crashes/$target-" -print_final_stats=1 "$@"
