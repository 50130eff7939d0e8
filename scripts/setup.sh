#!/usr/bin/env bash
# Set up GPAST Coordinator on a Debian/Ubuntu machine: the system libraries Qt needs (installed
# only when missing), a virtual environment in .venv, and the program with its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(python3-venv libgl1 libegl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1)
if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" \
      || echo "warning: could not install ${missing[*]}; the window may not open" >&2
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/python -m app.i18n build   # the interface translations (.ts → .qm)
echo "Ready: .venv/bin/gpast opens the program; .venv/bin/python -m pytest runs the tests."
