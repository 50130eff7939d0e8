"""Fuzz the spreadsheet readers and the import's checks: mutated workbooks (the sheet, shared
strings, styles and workbook XML of a real export, mutated and zipped again) and mutated CSVs
(bytes), each checked as File > Import does (a dry run) in child processes. Every file must be
read or refused with a message: a traceback, a crash of the process or a hang is a finding.

    .venv/bin/python tools/fuzz_spreadsheets.py [--cases 600] [--seed 1] [--keep DIR]

Prints one line per finding and a summary; exits 1 when there is a finding.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCH = 40  # files a child process checks
TIMEOUT = 120  # seconds a batch may take

TOKENS = [
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<c r="A1048576" t="s"><v>999999</v></c>',
    b'<c r="B2" t="e"><v>#DIV/0!</v></c>',
    b'<c r="C3"><f>1+1</f></c>',
    b'<c r="D4" s="2"><v>99999999</v></c>',
    b'<c r="E5" s="2"><v>-5</v></c>',
    b"<v>1e308</v>",
    b"<v>nan</v>",
    b'<c t="inlineStr"><is><t>=cmd</t></is></c>',
    b'<row r="0">',
    b'<row r="4294967297">',
    b'<c r="AAA1"/>',
    b'<c r="A1" t="b"><v>2</v></c>',
    b'<c r="A2" t="d"><v>2025-13-45</v></c>',
    b"<![CDATA[x]]>",
    b"&#0;",
    b"&amp;&lt;",
    b"\xff\xfe",
    "Ж".encode(),
]
CSV_TOKENS = [b"\x00", b'"', b'""', b"\r", b"\r\n", b"\xef\xbb\xbf", b"\xff", b";", b"\t", b",,,,"]
CSV_TOKENS += [b"'=1+1", b"9" * 400, b"x" * 5000, "Ёж".encode("cp1251"), b"1e999", b"31.02.2025"]


def mutate(data: bytes, rng: random.Random, tokens: list[bytes]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not out:
            out += rng.choice(tokens)
            continue
        at = rng.randrange(len(out))
        step = rng.random()
        if step < 0.3:
            out[at] = rng.randrange(256)
        elif step < 0.5:
            del out[at : at + rng.randint(1, 200)]
        elif step < 0.7:
            out[at:at] = out[at : at + rng.randint(1, 400)] * rng.randint(1, 20)
        else:
            out[at:at] = rng.choice(tokens)
    return bytes(out)


def mutated_workbook(source: Path, target: Path, rng: random.Random) -> None:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    xml = [n for n in members if n.endswith(".xml")]
    for name in rng.sample(xml, k=rng.randint(1, min(2, len(xml)))):
        if name.endswith("sheet1.xml") or rng.random() < 0.4:
            members[name] = mutate(members[name], rng, TOKENS)
    if rng.random() < 0.05:
        members.pop(rng.choice(list(members)))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def seeds(folder: Path) -> dict[str, Path]:
    """A small real export of each kind to mutate: attendance and legislation, .xlsx and .csv."""
    sys.path.insert(0, str(ROOT))
    from app.services import open_database
    from app.services.maintenance.demo import DemoSize, fill_demo
    from app.services.spreadsheets.exporting import export_file

    made = {}
    with open_database(str(folder / "seed.sqlite")) as db:
        fill_demo(db, size=DemoSize(years=1, people=40, trainings_per_year=3))
        for kind in ("trainings", "attendance", "legislation"):
            for suffix in ("xlsx", "csv"):
                path = folder / f"seed-{kind}.{suffix}"
                export_file(db, kind, path)
                made[f"{kind}.{suffix}"] = path
    return made


CHILD = """
import sys, traceback
sys.setrecursionlimit(10000)
from app.errors import GpastError
from app.services import open_database
from app.services.spreadsheets.importing import import_file
with open_database(sys.argv[1]) as db:
    for line in sys.stdin:
        kind, path = line.rstrip("\\n").split("\\t")
        print("START", path, flush=True)
        try:
            import_file(db, kind, path, dry_run=True)
            print("OK", path, flush=True)
        except GpastError:
            print("REFUSED", path, flush=True)
        except Exception:
            print("TRACEBACK", path, repr(traceback.format_exc()), flush=True)
"""


def run_batch(db: Path, cases: list[tuple[str, Path]]) -> tuple[dict[str, int], list[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    counts = {"OK": 0, "REFUSED": 0}
    findings: list[str] = []
    stdin = "".join(f"{kind}\t{path}\n" for kind, path in cases)
    code: int | str
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(db)],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=env,
        )
        lines, code = done.stdout.splitlines(), done.returncode
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        lines, code = out.splitlines(), "timeout"
    started = None
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "START":
            started = rest
        elif word in counts:
            counts[word] += 1
            started = None
        elif word == "TRACEBACK":
            findings.append(f"traceback: {rest}")
            started = None
    if started is not None:
        findings.append(f"process ended ({code}) while checking {started}")
    return counts, findings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="a folder to keep the files in (else a temporary one)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="gpast-fuzz-") as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        sources = seeds(folder)
        db = folder / "target.sqlite"
        sys.path.insert(0, str(ROOT))
        from app.services import open_database
        from app.services.spreadsheets.importing import import_file

        with open_database(str(db)) as target:
            import_file(target, "trainings", sources["trainings.csv"])
        totals = {"OK": 0, "REFUSED": 0}
        findings: list[str] = []
        cases: list[tuple[str, Path]] = []
        for n in range(args.cases):
            name = rng.choice(["attendance.xlsx", "legislation.xlsx", "attendance.csv"])
            kind, suffix = name.split(".")
            path = folder / f"case-{n:05d}.{suffix}"
            if suffix == "xlsx":
                mutated_workbook(sources[name], path, rng)
            else:
                path.write_bytes(mutate(sources[name].read_bytes(), rng, CSV_TOKENS))
            cases.append((kind, path))
        pending = list(cases)
        while pending:
            batch, pending = pending[:BATCH], pending[BATCH:]
            counts, found = run_batch(db, batch)
            totals = {k: totals[k] + counts[k] for k in totals}
            findings += found
            if found and found[-1].startswith("process ended"):  # the rest again, after it
                ended = next(i for i, (_k, p) in enumerate(batch) if str(p) in found[-1])
                pending = batch[ended + 1 :] + pending
        for finding in findings:
            print(finding)
        print(
            f"{args.cases} files: {totals['OK']} read and checked, {totals['REFUSED']} refused "
            f"with a message, {len(findings)} findings"
        )
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
