# Shared by the benchmarks (sourced): build the release binary, make the synthetic corpus, time a
# command and read its peak memory.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
swift build -c release --product footprint >/dev/null

# corpus MB: the path of a generated JSONL corpus of MB megabytes, made on first use.
corpus() {
    local path=.build/bench-posts-$1mb.jsonl
    [ -f "$path" ] || python3 Benchmarks/generate_posts.py --mb "$1" --out "$path" >&2
    echo "$path"
}

# timed COMMAND…: runs it (standard output discarded, standard error to $timed_log) and sets
# timed_start, timed_end (nanoseconds) and timed_rss (peak RSS in KiB, 0 when unknown).
timed_log=$(mktemp)
trap 'rm -f "$timed_log"' EXIT
timed() {
    timed_start=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "$@" > /dev/null 2> "$timed_log"
    else
        "$@" > /dev/null 2> "$timed_log"
    fi
    timed_end=$(date +%s%N)
    timed_rss=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+).*/\1/p' "$timed_log")
    timed_rss=${timed_rss:-0}
}
