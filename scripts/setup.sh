#!/usr/bin/env bash
# Set up GPAST Coordinator on a Debian/Ubuntu machine: the system libraries Qt needs (installed
# only when missing), a virtual environment in .venv, and the program with its test tools at the
# tested versions (constraints.txt). When the libraries are missing and cannot be installed, it
# prints the one command an administrator should run and stops with exit status 1.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the Qt 6 window, its xcb platform plugin and Print… (libcups2) load on Linux.
packages=(python3-venv libgl1 libegl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  libdbus-1-3 libglib2.0-0 libcups2 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1)

installed() {  # Debian 13 / Ubuntu 24.04 renamed some libraries with a t64 suffix
  dpkg -s "$1" >/dev/null 2>&1 || dpkg -s "${1}t64" >/dev/null 2>&1
}

cannot_install() {
  echo "error: the system libraries GPAST Coordinator needs are missing: $*" >&2
  echo "Ask an administrator to run, then run this script again:" >&2
  echo "  sudo apt-get install -y $*" >&2
  exit 1
}

if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 || cannot_install "${missing[@]}"
      sudo_cmd=(sudo)
    fi
    # a failed update (offline) may still leave lists good enough to install from
    "${sudo_cmd[@]}" apt-get update -qq || echo "warning: apt-get update failed" >&2
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" \
      || cannot_install "${missing[@]}"
  fi
else
  echo "note: not Debian/Ubuntu (no dpkg); install Qt 6's xcb and libcups2 libraries yourself" >&2
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -c constraints.txt -e '.[test,server]'  # server: PostgreSQL's driver
.venv/bin/python -m app.i18n build   # the interface translations (.ts → .qm) for the checkout
echo "Ready: .venv/bin/gpast opens the program; .venv/bin/python -m pytest runs the tests."
