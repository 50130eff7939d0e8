#!/usr/bin/env bash
# Compile the Windows installer (installer/gpast.nsi) around a folder built by build_app:
#   bash scripts/build_installer.sh [--check] [dist/gpast]
#       ->  dist/gpast-coordinator-VERSION-setup.exe (about 3 minutes: solid LZMA compression;
#           --check compiles it uncompressed in seconds, as CI does)
# On Windows, build the folder with scripts\build_app.ps1 first; on Linux this proves the script
# valid against the Linux folder (CI), since makensis runs on both. Needs makensis (Debian's
# `nsis` package).
set -euo pipefail
cd "$(dirname "$0")/.."
options=()
if [ "${1:-}" = "--check" ]; then
  options=(-DCHECK_ONLY)
  shift
fi
folder="${1:-dist/gpast}"
[ -d "$folder" ] || { echo "error: no $folder; run scripts/build_app.sh first" >&2; exit 1; }
command -v makensis >/dev/null 2>&1 || {
  echo "error: makensis is missing; an administrator can install it with:" >&2
  echo "  sudo apt-get install -y nsis" >&2
  exit 1
}
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"
out="$(pwd)/dist/gpast-coordinator-$version-setup.exe"
makensis -V2 "${options[@]}" -DVERSION="$version" -DSOURCE_DIR="$(cd "$folder" && pwd)" -DOUTFILE="$out" \
  installer/gpast.nsi
echo "Built $out ($(du -h "$out" | cut -f1))"
