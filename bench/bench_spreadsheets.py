"""Issue 21's spreadsheet goals, as ratios measured in one run (alternating pairs, medians):

- the same attendance rows imported from .xlsx: ≤ 1.5× the CSV import;
- the attendance rows exported to .xlsx: ≤ 3× the CSV export;
- the import preview of the 192,000-row workbook in File > Import's dialog (offscreen), which
  reads and checks it on worker threads: the window's longest stall, < 150 ms, measured as the
  longest late beat of a 5 ms QTimer on the window's thread;
- a CSV import's peak memory above the program's idle size: ≤ 3× the file's size (each import
  in its own process; the peak is the process's maximum resident size).

The attendance import against the raw-sqlite floor is bench_import.py.

    .venv/bin/python bench/bench_spreadsheets.py [--folder /tmp/gpast-bench] [--pairs 3] [--smoke]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services import open_database  # noqa: E402
from app.services.spreadsheets.exporting import export_file  # noqa: E402
from app.services.spreadsheets.importing import import_file  # noqa: E402
from bench.databases import arguments, large_database  # noqa: E402

XLSX_GOAL, EXPORT_GOAL, MEMORY_GOAL, STALL_GOAL = 1.5, 3.0, 3.0, 0.150


def _fresh(folder: Path, source: Path, name: str) -> Path:
    """An empty database holding the source's trainings, ready for its attendance."""
    target = folder / f"{name}.sqlite"
    for leftover in folder.glob(f"{name}.sqlite*"):
        leftover.unlink()
    with open_database(str(source)) as db:
        export_file(db, "trainings", folder / "trainings.csv")
    with open_database(str(target)) as db:
        import_file(db, "trainings", folder / "trainings.csv")
    return target


def timed_import(folder: Path, source: Path, sheet: Path) -> float:
    target = _fresh(folder, source, "sheets-import")
    with open_database(str(target)) as db:
        started = time.perf_counter()
        import_file(db, "attendance", sheet)
        return time.perf_counter() - started


def timed_export(source: Path, sheet: Path) -> float:
    with open_database(str(source)) as db:
        started = time.perf_counter()
        export_file(db, "attendance", sheet)
        return time.perf_counter() - started


def preview_child(target: str, sheet: str) -> None:
    """Run in its own process (offscreen Qt): File > Import's dialog given the workbook, as a
    user would open it, reads the preview and checks the whole file (a dry run) on worker
    threads while a QTimer on the window's thread beats every 5 ms. Prints the longest gap
    between two beats beyond the 5 ms, and how long the dialog took to show its verdict."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.background import background_jobs
    from app.ui.transfer.import_dialog import ImportDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with open_database(target) as db:
        clock = QElapsedTimer()
        beats: list[int] = []
        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(lambda: beats.append(clock.nsecsElapsed()))

        def finished() -> None:
            if dialog.problems.count() and not background_jobs():
                heartbeat.stop()
                app.quit()

        watcher = QTimer()
        watcher.setInterval(5)
        watcher.timeout.connect(finished)
        clock.start()
        heartbeat.start()
        watcher.start()
        beats.append(clock.nsecsElapsed())
        dialog = ImportDialog(db, kind="attendance", path=sheet)
        dialog.show()
        app.exec()
        took = clock.nsecsElapsed() / 1e9
        verdict = dialog.problems.item(0).text()
        stall = _longest_late_beat(beats)
    # the same beat while a worker thread runs plain Python (which gives up the interpreter
    # every 5 ms) for as long: what this machine's load alone costs the beat
    beats.clear()
    control = threading.Thread(target=_busy, args=(took,))
    watcher.timeout.disconnect()
    watcher.timeout.connect(lambda: control.is_alive() or app.quit())
    clock.restart()
    heartbeat.start()
    control.start()
    app.exec()
    control.join()
    print(stall, took, _longest_late_beat(beats))
    print(verdict, file=sys.stderr)


def _longest_late_beat(beats: list[int]) -> float:
    return max((b - a) / 1e9 - 0.005 for a, b in zip(beats, beats[1:], strict=False))


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(n * n for n in range(1000))


def preview_stall(folder: Path, source: Path, sheet: Path) -> tuple[float, float, float]:
    """The window's longest stall while its import dialog reads and checks `sheet`, how long
    that took, and the longest stall of the control (preview_child, in its own process)."""
    target = _fresh(folder, source, "sheets-preview")
    done = subprocess.run(
        [sys.executable, __file__, "--preview-child", str(target), str(sheet)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    stall, took, control = map(float, done.stdout.split())
    if "No problems" not in done.stderr:
        raise RuntimeError(f"the import dialog did not accept the file: {done.stderr}")
    return stall, took, control


def _peak_bytes() -> int:
    """The process's peak resident size (Linux's VmHWM: unlike ru_maxrss, not inherited from
    the parent across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def memory_child(target: str, sheet: str) -> None:
    """Run in its own process: the import's peak resident size above the size before it."""
    from app.services.spreadsheets import importing  # noqa: F401 - everything an import loads

    with open_database(target) as db:
        idle = _peak_bytes()
        import_file(db, "attendance", sheet)
        peak = _peak_bytes()
    print(idle, peak)


def memory(folder: Path, source: Path, sheet: Path) -> tuple[int, int]:
    target = _fresh(folder, source, "sheets-memory")
    done = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(target), str(sheet)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    idle, peak = map(int, done.stdout.split())
    return idle, peak


def _median(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    ratios = sorted((a / b, a, b) for a, b in pairs)
    return statistics.median_low(ratios)


def main(argv=None) -> int:
    parser = arguments(__doc__)
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args(argv)
    folder, name, source = large_database(args)
    csv_path = folder / f"{name}-attendance.csv"
    xlsx_path = folder / f"{name}-attendance.xlsx"
    pairs = 1 if args.smoke else args.pairs
    exports = []
    for _ in range(pairs):
        exports.append((timed_export(source, xlsx_path), timed_export(source, csv_path)))
    imports = []
    for _ in range(pairs):
        imports.append(
            (timed_import(folder, source, xlsx_path), timed_import(folder, source, csv_path))
        )
    stalls = sorted(preview_stall(folder, source, xlsx_path) for _ in range(pairs))
    idle, peak = memory(folder, source, csv_path)
    size = csv_path.stat().st_size
    load = os.getloadavg()
    ratio, t_xlsx, t_csv = _median(imports)
    print(
        f"attendance import from .xlsx vs .csv ({pairs} pairs, median): {t_xlsx:.2f} s vs "
        f"{t_csv:.2f} s, ratio {ratio:.2f} (goal ≤ {XLSX_GOAL}: "
        f"{'met' if ratio <= XLSX_GOAL else 'NOT met'})"
    )
    ratio, t_xlsx, t_csv = _median(exports)
    print(
        f"attendance export to .xlsx vs .csv ({pairs} pairs, median): {t_xlsx:.2f} s vs "
        f"{t_csv:.2f} s, ratio {ratio:.2f} (goal ≤ {EXPORT_GOAL}: "
        f"{'met' if ratio <= EXPORT_GOAL else 'NOT met'})"
    )
    stall, took, control = stalls[len(stalls) // 2]
    print(
        f"import dialog reading and checking the .xlsx ({took:.2f} s): the window's longest "
        f"stall {stall * 1000:.0f} ms (a 5 ms QTimer's longest late beat; with plain Python "
        f"instead, for as long: {control * 1000:.0f} ms; all runs: "
        f"{', '.join(f'{s * 1000:.0f}' for s, _t, _c in stalls)} ms; goal < "
        f"{STALL_GOAL * 1000:.0f} ms: "
        f"{'met' if stall < STALL_GOAL else 'NOT met'})"
    )
    grown = (peak - idle) / size
    print(
        f"CSV import memory: file {size / 2**20:.1f} MB, idle {idle / 2**20:.0f} MB, peak "
        f"{peak / 2**20:.0f} MB: {grown:.2f}× the file above idle (goal ≤ {MEMORY_GOAL}: "
        f"{'met' if grown <= MEMORY_GOAL else 'NOT met'})"
    )
    print(f"load average while measured: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 cores)")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory-child"]:
        memory_child(sys.argv[2], sys.argv[3])
        raise SystemExit(0)
    if sys.argv[1:2] == ["--preview-child"]:
        preview_child(sys.argv[2], sys.argv[3])
        raise SystemExit(0)
    raise SystemExit(main())
