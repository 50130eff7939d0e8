"""`gpast audit --out FILE.csv [--since D]` (product.md, "Shared server"; SQLite too)."""

from __future__ import annotations

import csv


def test_audit_writes_the_trail_one_row_per_field(gpast, demo_file, tmp_path):
    out = tmp_path / "trail.csv"
    code, stdout, err = gpast("--db", demo_file, "audit", "--out", str(out))
    assert (code, err) == (0, "")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["when (UTC)", "who"]
    assert {"kind", "uuid", "field", "old value", "new value"} <= set(rows[0])
    assert stdout.endswith(f" changes written to {out}\n")


def test_audit_since_a_later_day_writes_only_the_header(gpast, demo_file, tmp_path):
    out = tmp_path / "trail.csv"
    code, stdout, _err = gpast(
        "--db", demo_file, "audit", "--out", str(out), "--since", "31.12.2199"
    )
    assert code == 0 and stdout == f"0 changes written to {out}\n"
    assert out.read_text(encoding="utf-8-sig").count("\n") == 1
