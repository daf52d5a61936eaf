#!/bin/sh
# Installs what Footprint builds against, only when it is missing: the system ICU (libicu-dev)
# and pkg-config, from Debian's packages. Safe to run again.
set -eu
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists icu-uc icu-i18n; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "installing libicu-dev and pkg-config" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libicu-dev pkg-config >/dev/null
