"""`gpast attendance-scan FILE... [--apply]`: what it prints, what --apply records (and keeps),
the audit trail, and the exit status when a page cannot be read (nothing recorded then)."""

from __future__ import annotations

from datetime import date

import cv2
import numpy as np
import pytest

from app.services import open_database
from app.services.attendance import roster
from app.services.attendance.recording import set_attendance
from app.services.records.audit import trail
from app.services.scanning import sheet_layout as L
from tests.scanned_sheets import (
    photograph,
    render_pages,
    seminar_sheets,
    signature,
    tick,
    write_pdf,
)

DPI = 200
K = DPI / 25.4


@pytest.fixture
def signed(tmp_path):
    """TR-7's sheets: on day 1 rows 1 and 3 signed and walk-in row 5 written in; on day 2
    row 2 ticked. Scanned into one PDF, pages in the wrong order and day 1 upside down."""
    path = tmp_path / "gpast.sqlite"
    db = open_database(str(path))
    data = seminar_sheets(db, tmp_path / "sheets.pdf")
    ids = [p["id"] for p in data["people"]]
    set_attendance(db, data["training"]["id"], ids[2], "late", data["days"][0])
    db.close()
    day1, day2, day3 = render_pages(tmp_path / "sheets.pdf", DPI)
    rng = np.random.default_rng(8)
    signature(day1, L.signature_box(0), K, rng)
    signature(day1, L.signature_box(2), K, rng)
    signature(day1, L.signature_box(4), K, rng)  # the second walk-in row (row 5)
    signature(day1, (L.column_x(1), L.row_top(4), L.COLUMNS[1], L.ROW_H), K, rng)
    tick(day2, L.signature_box(1), K, rng)
    scans = [
        photograph(day3, rng, angle=1.0, harsh=False)[0],
        photograph(day2, rng, angle=-2.0)[0],
        photograph(day1, rng, angle=178.0)[0],
    ]
    pdf = write_pdf(scans, tmp_path / "scan.pdf")
    return str(path), pdf, data


def _statuses(path: str) -> dict[tuple[str, date], str]:
    db = open_database(path)
    try:
        (training,) = [t for t in [roster.training_by_code(db, "TR-7")]]
        data = roster.roster(db, training["id"])
        return {
            (p["full_name"], day): status
            for p in data["people"]
            for day, status in p["statuses"].items()
        }
    finally:
        db.close()


def test_without_apply_it_prints_each_sheet_and_changes_nothing(gpast, signed):
    path, pdf, data = signed
    before = _statuses(path)
    done = gpast("--db", path, "attendance-scan", str(pdf))
    assert done.returncode == 0, done.stderr
    names = [p["full_name"] for p in data["people"]]
    lines = done.stdout.splitlines()
    day1 = lines.index(next(x for x in lines if "day 1 of 3 (2025-03-03)" in x))
    assert lines[day1].startswith(f"{pdf} page 3: TR-7")
    assert lines[day1 + 1 : day1 + 5] == [
        f"    1  {names[0]}: signed",
        f"    2  {names[1]}: not signed",
        f"    3  {names[2]}: signed",
        f"  walk-in: {pdf} page 3, row 5: type it in",
    ]
    assert f"    2  {names[1]}: signed" in done.stdout  # day 2's tick
    assert _statuses(path) == before


def test_apply_records_present_keeps_what_was_recorded_and_audits_it(gpast, signed):
    path, pdf, data = signed
    names = [p["full_name"] for p in data["people"]]
    d1, d2, d3 = data["days"]
    done = gpast("--db", path, "attendance-scan", str(pdf), "--apply")
    assert done.returncode == 0, done.stderr
    assert "recorded present: 2" in done.stdout
    assert f"kept: TR-7 {names[2]}, 2025-03-03: late" in done.stdout
    after = _statuses(path)
    assert after[(names[0], d1)] == "present" and after[(names[1], d2)] == "present"
    assert after[(names[2], d1)] == "late"  # kept
    assert after[(names[1], d1)] == "absent" and after[(names[0], d3)] == "absent"
    db = open_database(path)
    try:
        entries = trail(db)
    finally:
        db.close()
    scan = [e for e in entries if e["action"] == "scan"]
    assert len(scan) == 1 and scan[0]["changes"]["files"] == ["scan.pdf"]
    rows = [e for e in entries if e["table"] == "attendance" and "(from scan)" in e["label"]]
    assert len(rows) == 2


def test_a_page_that_cannot_be_read_fails_the_whole_apply(gpast, signed, tmp_path):
    path, pdf, _data = signed
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((900, 1200), 240, np.uint8))
    other = tmp_path / "other.jpg"  # a sheet of another database
    db = open_database(str(tmp_path / "other.sqlite"))
    seminar_sheets(db, tmp_path / "other.pdf")
    db.close()
    cv2.imwrite(str(other), render_pages(tmp_path / "other.pdf", DPI)[0])
    before = _statuses(path)
    done = gpast("--db", path, "attendance-scan", str(pdf), str(blank), str(other), "--apply")
    assert done.returncode == 1
    assert f"{blank} page 1: a blank page" in done.stderr
    assert f"{other} page 1: a sign-in sheet of another database" in done.stderr
    assert "nothing was recorded" in done.stderr
    assert _statuses(path) == before


def test_files_too_large_or_not_images_are_refused_before_decoding(gpast, signed, tmp_path):
    import struct
    import zlib

    path, _pdf, _data = signed

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    huge = tmp_path / "huge.png"  # says 12000 × 12000 pixels: refused from its header
    huge.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 12000, 12000, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(bytes(100)))
        + chunk(b"IEND", b"")
    )
    text = tmp_path / "notes.txt"
    text.write_text("Список", encoding="utf-8")
    done = gpast("--db", path, "attendance-scan", str(huge), str(text))
    assert done.returncode == 1
    assert f"{huge}: 12000 × 12000 pixels is too large for a scan" in done.stderr
    assert f"{text}: not a PDF, PNG, JPEG or TIFF file" in done.stderr
