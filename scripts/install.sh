#!/usr/bin/env bash
# Installs footprint under a prefix: the binary, the rule packs it reads at run time, the man
# pages and the shell completions.
# Usage: scripts/install.sh [PREFIX]        (default /usr/local; FOOTPRINT_BINARY=path skips the build)
#   PREFIX/bin/footprint
#   PREFIX/share/footprint/Rules/…                          (found by the binary: ../share/footprint/Rules)
#   PREFIX/share/man/man1/footprint*.1
#   PREFIX/share/bash-completion/completions/footprint
#   PREFIX/share/zsh/site-functions/_footprint
#   PREFIX/share/fish/vendor_completions.d/footprint.fish
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
binary=${FOOTPRINT_BINARY:-}
if [ -z "$binary" ]; then
    scripts/install-deps.sh
    swift build -c release --product footprint >&2
    binary=$(swift build -c release --show-bin-path)/footprint
fi
install -d "$prefix/bin" "$prefix/share/footprint" "$prefix/share/man/man1" \
    "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
    "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/footprint"
rm -rf "$prefix/share/footprint/Rules"
cp -R Rules "$prefix/share/footprint/Rules"
install -m 644 Documentation/man/*.1 "$prefix/share/man/man1/"
"$prefix/bin/footprint" --generate-completion-script bash > "$prefix/share/bash-completion/completions/footprint"
"$prefix/bin/footprint" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_footprint"
"$prefix/bin/footprint" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/footprint.fish"
echo "installed $("$prefix/bin/footprint" --version) in $prefix" >&2
