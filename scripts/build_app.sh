#!/usr/bin/env bash
# Build the stand-alone GPAST Coordinator (no Python needed where it runs) into dist/gpast/:
# `gpast` and `gpast-gui` with everything they need. Uses the project's .venv (made by
# scripts/setup.sh when missing) and PyInstaller at the tested versions (constraints.txt).
#   bash scripts/build_app.sh            then: bash scripts/smoke_app.sh dist/gpast
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || bash scripts/setup.sh
.venv/bin/python -m pip install -q -c constraints.txt -e '.[test,build]'
.venv/bin/python -m app.i18n build
rm -rf build/pyinstaller dist/gpast
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/gpast.spec
echo "Built dist/gpast/ ($(du -sh dist/gpast | cut -f1)): dist/gpast/gpast, dist/gpast/gpast-gui"
