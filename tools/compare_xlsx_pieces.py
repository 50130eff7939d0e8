"""Compare an .xlsx read in pieces (xlsx_parts, forced on however small the sheet) with the same
file read whole, on the mutated workbooks of fuzz_spreadsheets.py (same seeds, same mutations)
and, with --files, on given workbooks: both must give the same table (headers, row numbers,
cells with their types) or the same message. In 2, 3 and 4 pieces, the sheet streamed in parts
of 1 MB, or of 257 bytes for 3 pieces, each compared with the sheet read whole after a scan in
parts of the same size (the scan's bound on cells without a reference depends on it). Each
batch runs in a child process (a crash is a finding). Prints one line per difference and a
summary; exits 1 when there is one.

    .venv/bin/python tools/compare_xlsx_pieces.py [--cases 800] [--seed 31] [--files A.xlsx ...]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tools.fuzz_spreadsheets import CSV_TOKENS, mutate, mutated_workbook, seeds  # noqa: E402

BATCH = 40

CHILD = """
import sys, json, traceback
from app.errors import GpastError
from app.services.spreadsheets import xlsx_parts, xlsx_scan
from app.services.spreadsheets.reader import read_table

from app.services.spreadsheets import workbook_reader
joined_table = workbook_reader._joined_table
used = []
def counted(*args):
    table = joined_table(*args)
    used.append(table is not None)
    return table
workbook_reader._joined_table = counted

def outcome(path, pieces, part):
    xlsx_parts.PIECES, xlsx_parts.SMALLEST = pieces, 0
    xlsx_scan.PART = part
    xlsx_parts.cores = lambda: 8
    used.clear()
    try:
        table = read_table(path)
    except GpastError as exc:
        return ["refused", exc.message_id, str(exc)]
    except Exception:
        return ["traceback", traceback.format_exc()]
    cells = [[f"{type(v).__name__}:{v!r}" for v in column] for column in table.columns]
    return ["read", table.headers, list(table.numbers), cells]

def kind(got):
    return got[0] + (" in pieces" if any(used) else "")

for line in sys.stdin:
    path = line.rstrip("\\n")
    print("START", path, flush=True)
    wholes = {part: outcome(path, 1, part) for part in (1 << 20, 257)}
    whole = wholes[1 << 20]
    split, how, bad = {}, [], []
    for n in (2, 3, 4):
        part = 257 if n == 3 else 1 << 20  # rows straddling the scan's parts
        split[n] = outcome(path, n, part)
        how.append(kind(split[n]))
        if split[n] != wholes[part] or split[n][0] == "traceback":
            bad.append(n)
            whole = wholes[part]
    print("DONE", json.dumps([path, "/".join(how), bad, whole if bad else None,
                              split[bad[0]] if bad else None]), flush=True)
"""


def run_batch(paths: list[Path]) -> tuple[dict[str, int], list[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    stdin = "".join(f"{p}\n" for p in paths)
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD], input=stdin, capture_output=True, text=True,
            timeout=600, env=env,
        )  # fmt: skip
        lines, code = done.stdout.splitlines(), str(done.returncode)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        lines, code = out.splitlines(), "timeout"
    counts: dict[str, int] = {}
    findings: list[str] = []
    started = None
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "START":
            started = rest
        elif word == "DONE":
            started = None
            path, kind, bad, whole, split = json.loads(rest)
            counts[kind] = counts.get(kind, 0) + 1
            if bad or kind == "traceback":
                findings.append(
                    f"{path}: pieces {bad}: whole {whole!r:.600} / split {split!r:.600}"
                )
    if started is not None:
        findings.append(f"process ended ({code}) while checking {started}")
    return counts, findings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=800)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--files", nargs="*", default=[])
    parser.add_argument("--keep", help="a folder to keep the files in (else a temporary one)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="gpast-pieces-") as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        paths = [Path(f) for f in args.files]
        if args.cases:
            sources = seeds(folder)
            for n in range(args.cases):  # the fuzzer's choices, so that its files are made
                name = rng.choice(["attendance.xlsx", "legislation.xlsx", "attendance.csv"])
                path = folder / f"case-{n:05d}.{name.split('.')[1]}"
                if name.endswith(".xlsx"):
                    mutated_workbook(sources[name], path, rng)
                    paths.append(path)
                else:  # drawn as the fuzzer draws, so that the following files are its own
                    mutate(sources[name].read_bytes(), rng, CSV_TOKENS)
        totals: dict[str, int] = {}
        findings: list[str] = []
        for start in range(0, len(paths), BATCH):
            counts, found = run_batch(paths[start : start + BATCH])
            for kind, n in counts.items():
                totals[kind] = totals.get(kind, 0) + n
            findings += found
        for finding in findings:
            print(finding)
        print(f"{len(paths)} workbooks: {totals}, {len(findings)} differences")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
