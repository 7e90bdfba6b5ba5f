#!/usr/bin/env bash
# Installs exactly the Debian 12 packages ICTimeline needs to build, test and run.
# A machine that already has them never touches apt: each package is checked
# with `dpkg -s` first, and apt runs only for what is missing.
set -euo pipefail

packages=(
  g++ make cmake ninja-build pkg-config
  qt6-base-dev qt6-qpa-plugins          # QtCore/QtGui/QtWidgets + platform plugins (xcb, offscreen)
  qt6-tools-dev qt6-l10n-tools          # Qt6LinguistTools: lrelease for the Russian translation
  qt6-translations-l10n                 # Qt's own strings (standard dialogs) in Russian
  libsqlite3-dev                        # SQLite C API (with FTS5) used by core
  libspdlog-dev                         # logging
  libgtest-dev libgmock-dev             # tests
  libbenchmark-dev                      # benchmarks (make bench)
  xvfb xauth                            # tests and screenshots that want a real X server
  fonts-dejavu-core                     # a font for offscreen rendering on a bare machine
)

missing=()
for p in "${packages[@]}"; do
  # `dpkg -s` also succeeds for removed-but-configured packages; demand "install ok installed".
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-deps: error: not root and sudo is not available; install these packages by hand: ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get update -qq; then
  echo "install-deps: error: 'apt-get update' failed; check the network or the apt sources" >&2
  exit 1
fi
if ! "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  echo "install-deps: error: could not install: ${missing[*]}" >&2
  exit 1
fi
echo "install-deps: done"
