#!/usr/bin/env bash
# Regenerates the man pages in Documentation/man from the argument-parser commands (swift-argument-
# parser's generate-manual plugin, one page per command). Run after changing a command's options;
# a test (ManualTests) fails when a page no longer lists a command's options.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift package --allow-writing-to-directory "$out" generate-manual --multi-page --authors "the Footprint developers" \
    --output-directory "$out" >&2
rm -rf Documentation/man
mkdir -p Documentation/man
cp "$out"/footprint/*.1 Documentation/man/ 2>/dev/null || cp "$out"/*.1 Documentation/man/
ls Documentation/man
