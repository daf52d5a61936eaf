#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer: scripts/sanitize.sh address|thread
# Release build with testing enabled (a debug build under a sanitizer is several times slower),
# in its own build folder (.build-address, .build-thread). Exits with the tests' status.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer=${1:?usage: scripts/sanitize.sh address|thread}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1}
log=$(mktemp)
set +e
swift test -c release -Xswiftc -enable-testing --sanitize="$sanitizer" --scratch-path ".build-$sanitizer" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary=$(grep -aE 'Test run with [0-9]+ tests?' "$log" | tail -n 1 || true)
echo "sanitizer $sanitizer: ${summary:-no summary}"
grep -aE 'ERROR: (AddressSanitizer|ThreadSanitizer)|WARNING: ThreadSanitizer' "$log" | head -n 20 || true
rm -f "$log"
exit "$status"
