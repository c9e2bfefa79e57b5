#!/usr/bin/env bash
# Checks the Debian/Ubuntu system libraries the app and its tests need, and installs the
# missing ones when it can (as root, or with password-less sudo). Otherwise it stops and
# prints the exact command to run. Usage: system-deps.sh [run|test|package]
set -euo pipefail
purpose=${1:-run}

# Qt's xcb platform plugin, EGL/GL, fonts; xvfb, xauth and poppler-utils for tests and screenshots;
# desktop-file-utils and appstream check the desktop entry and metainfo (tests and packaging);
# binutils (objdump, objcopy) for PyInstaller.
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
          libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
          libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
if [ "$purpose" = test ]; then
  packages+=(xvfb xauth poppler-utils desktop-file-utils appstream)
fi
if [ "$purpose" = package ]; then
  packages+=(desktop-file-utils appstream binutils)
fi
python_packages=(python3 python3-venv)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install Qt 6's xcb/EGL libraries," \
       "fonts, xvfb and poppler-utils (for make package: desktop-file-utils, appstream," \
       "binutils) with your package manager, then run make again." >&2
  exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$pkg")
  fi
done
if ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
  missing+=("${python_packages[@]}")
fi
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
echo "system-deps: missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && $cmd
elif sudo -n true >/dev/null 2>&1; then
  sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive $cmd
else
  echo "system-deps: please run this once, then run make again:" >&2
  echo "    sudo apt-get update && sudo $cmd" >&2
  exit 1
fi
