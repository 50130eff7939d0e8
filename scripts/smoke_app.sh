#!/usr/bin/env bash
# Smoke-test the stand-alone program as a user gets it: the folder built by
# scripts/build_app.sh is copied to a path with spaces and Cyrillic and run there with no Python
# on PATH and no Python variables: the manual and Qt's Russian translation are in it; --version,
# demo, report, signin-sheet, check, a Russian error message, and the window starting
# (offscreen) and opening its database.
#   bash scripts/smoke_app.sh [dist/gpast]
set -euo pipefail
cd "$(dirname "$0")/.."
built="$(cd "${1:-dist/gpast}" && pwd)"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
place="$work/Мои программы/GPAST Координатор"
mkdir -p "$place" "$work/empty bin" "$work/дом"
cp -a "$built/." "$place/"
data="$work/Мои данные"
mkdir -p "$data"

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
# the program alone: a PATH with nothing on it, no PYTHON* variables, a home of its own
run() {
  env -i HOME="$work/дом" PATH="$work/empty bin" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$@"
}
gpast="$place/gpast"
db="$data/база данных.sqlite"

# the manual (Help > Manual) and Qt's own Russian texts of its dialogs travel with the program
for file in en.html ru.html; do
  [ -n "$(find "$place" -path "*app/manual/$file" -print -quit)" ] || fail "no manual $file"
done
[ -n "$(find "$place" -name qtbase_ru.qm -print -quit)" ] || fail "no qtbase_ru.qm (Qt's dialogs)"

out="$(run "$gpast" --version)" || fail "--version"
out="${out%$'\r'}"  # Windows (Git Bash): the line ends in CR LF
[ "$out" = "gpast $version" ] || fail "--version printed '$out', not 'gpast $version'"
run "$gpast" --db "$db" demo >/dev/null || fail "demo"
run "$gpast" --db "$db" check >/dev/null || fail "check"
run "$gpast" --db "$db" report --from 2000-01-01 --to 2100-12-31 --out "$data/отчёт.pdf" \
  --lang ru >/dev/null || fail "report"
[ "$(head -c 5 "$data/отчёт.pdf")" = "%PDF-" ] || fail "report: not a PDF"
run "$gpast" --db "$db" export trainings "$data/обучение.csv" >/dev/null || fail "export"
code="$(grep -o 'TR-[0-9]*-001' "$data/обучение.csv" | head -n 1)"
[ -n "$code" ] || fail "no training code in the demo data"
run "$gpast" --db "$db" signin-sheet "$code" --out "$data/лист.pdf" >/dev/null \
  || fail "signin-sheet"
[ "$(head -c 5 "$data/лист.pdf")" = "%PDF-" ] || fail "signin-sheet: not a PDF"
# the sheet read back (pypdfium2, OpenCV and the QR decoder in the frozen program): unsigned
out="$(run "$gpast" --db "$db" attendance-scan "$data/лист.pdf")" || fail "attendance-scan"
case "$out" in *": not signed"*) ;; *) fail "attendance-scan read no row: $out" ;; esac
printf 'code;title;start_date;focus_areas\nT1;x;31.02.2025;capacity\n' >"$data/плохой.csv"
set +e
err="$(run GPAST_LANG=ru "$gpast" --db "$db" import trainings "$data/плохой.csv" 2>&1)"
status=$?
set -e
[ "$status" -eq 1 ] || fail "a bad import exited $status"
case "$err" in *"не дата"*) ;; *) fail "no Russian error message (translation missing?): $err" ;; esac

# the window: started offscreen on a new database, alive until that database exists with its
# schema (Alembic ran in the frozen program), then ended
window_db="$data/окно.sqlite"
run "$place/gpast-gui" --db "$window_db" >"$work/gui.log" 2>&1 &
gui=$!
for _ in $(seq 1 120); do
  [ -s "$window_db" ] && break
  kill -0 "$gui" 2>/dev/null || { cat "$work/gui.log" >&2; fail "the window ended early"; }
  sleep 0.5
done
sleep 2
kill -0 "$gui" 2>/dev/null || { cat "$work/gui.log" >&2; fail "the window ended"; }
kill "$gui"
wait "$gui" 2>/dev/null || true
[ -s "$window_db" ] || fail "the window never opened its database"
if grep -q Traceback "$work/gui.log"; then cat "$work/gui.log" >&2; fail "the window failed"; fi
run "$gpast" --db "$window_db" check >/dev/null || fail "the window's database does not check"
echo "smoke test passed: $built ($(du -sh "$built" | cut -f1)) from '$place'"
