"""Signed sign-in sheets read back from generated scans and photos (tests/scanned_sheets.py):
every signed box found, no empty box called signed, walk-in rows reported, and each kind of
page that cannot be read named with its reason."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.services.scanning import reading
from app.services.scanning import sheet_layout as L
from app.services.scanning.reading import NOT_SIGNED, SIGNED, read_page
from tests.scanned_sheets import (
    codes_of,
    over_border,
    photograph,
    render_pages,
    seminar_sheets,
    sign,
    signature,
    specks,
    tick,
)

DPI = 200


@pytest.fixture
def sheets(db, tmp_path):
    data = seminar_sheets(db, tmp_path / "sheets.pdf")
    pages = render_pages(tmp_path / "sheets.pdf", DPI)
    return data, pages, codes_of(pages)


def test_every_sheet_names_its_database_session_day_page_and_people(sheets):
    data, pages, codes = sheets
    assert len(pages) == 3  # one sheet a day
    ids = tuple(p["id"] for p in data["people"])
    for n, (code, day) in enumerate(zip(codes, data["days"], strict=True), start=1):
        assert code.database == data["database"] and len(code.database) == 8
        assert (code.training_id, code.day, code.day_number) == (data["training"]["id"], day, n)
        assert (code.page, code.first_row, code.people) == (1, 1, ids)
        assert code.walk_ins == L.WALK_IN_ROWS
        assert L.parse(code.text()) == code


@pytest.mark.parametrize(
    ("seed", "angle"), [(1, 180.0 + 3), (2, 90.0 - 2), (3, None)], ids=["upside", "turned", "any"]
)
def test_signed_boxes_are_found_in_photos(sheets, seed, angle):
    """Turned, scaled, in perspective, unevenly lit, blurred and JPEG-compressed."""
    _data, pages, codes = sheets
    rng = np.random.default_rng(seed)
    sample = sign(pages[seed % 3], codes[seed % 3], DPI, rng)
    photo, _jpeg = photograph(sample.image, rng, angle=angle)
    found = read_page(photo)
    assert isinstance(found, list), found
    (sheet,) = found
    verdicts = {box.row: box.verdict for box in sheet.boxes}
    assert {r for r, v in verdicts.items() if v == SIGNED} == sample.signed
    assert {box.row for box in sheet.walk_ins} == sample.walk_ins


def test_specks_and_lines_over_the_border_are_not_signatures(sheets):
    _data, pages, codes = sheets
    rng = np.random.default_rng(4)
    page = pages[0].copy()
    k = DPI / 25.4
    specks(page, L.signature_box(0), k, rng)
    over_border(page, L.signature_box(1), k, rng)
    over_border(page, L.signature_box(1), k, rng)
    tick(page, L.signature_box(2), k, rng)
    (sheet,) = read_page(page)  # type: ignore[misc]
    assert [b.verdict for b in sheet.boxes] == [NOT_SIGNED, NOT_SIGNED, SIGNED]
    assert sheet.walk_ins == []


def _damaged_code(page: np.ndarray) -> np.ndarray:
    """The QR code's middle scribbled over: its finder squares stay, its data is lost."""
    k = DPI / 25.4
    x, y, s = (int(v * k) for v in (L.QR_X, L.QR_Y, L.QR_SIZE))
    out = page.copy()
    rng = np.random.default_rng(0)
    block = out[y + s // 3 : y + s - 2, x + s // 3 : x + s - 2]
    block[:] = rng.choice([0, 255], block.shape).astype(np.uint8)
    return out


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: np.full_like(p, 235), reading.BLANK),
        (
            lambda p: cv2.putText(np.full_like(p, 255), "Minutes", (80, 300), 0, 6, 0, 12),
            reading.NOT_A_SHEET,
        ),
        (_damaged_code, reading.UNREADABLE_CODE),
        (lambda p: cv2.GaussianBlur(p, (0, 0), 6), reading.TOO_BLURRED),
    ],
    ids=["blank", "not a sheet", "unreadable code", "blurred"],
)
def test_pages_that_cannot_be_read_say_why(sheets, make, reason):
    _data, pages, _codes = sheets
    found = read_page(make(pages[0]))
    assert isinstance(found, reading.PageProblem)
    assert found.reason == reason


def test_a_day_longer_than_a_page_numbers_its_rows_on(db, tmp_path):
    """15 people and 5 walk-in rows: 12 rows on the first sheet of the day, 8 on the second,
    whose code names the people of its own rows from row 13 on."""
    from app.services.attendance.recording import set_attendance
    from tests.factories import add_participant, add_training

    t = add_training(db, code="T-15", title="Long", start_date="2025-04-01")
    ids = []
    for i in range(15):
        person = add_participant(db, full_name=f"Person {i:02d}", organisation="NGO")
        set_attendance(db, t["id"], person["id"], "absent")
        ids.append(person["id"])
    from app.reports.attendance_documents import build_signin_sheets
    from app.services.attendance import roster

    build_signin_sheets(roster.roster(db, t["id"]), tmp_path / "long.pdf")
    pages = render_pages(tmp_path / "long.pdf", DPI)
    assert [(c.page, c.first_row, c.people, c.walk_ins) for c in codes_of(pages)] == [
        (1, 1, tuple(ids[:12]), 0),
        (2, 13, tuple(ids[12:]), 5),
    ]
    rng = np.random.default_rng(6)
    signature(pages[1], L.signature_box(1), DPI / 25.4, rng)
    (sheet,) = read_page(pages[1])  # type: ignore[misc]
    assert [(b.row, b.person, b.verdict) for b in sheet.boxes] == [
        (13, ids[12], NOT_SIGNED),
        (14, ids[13], SIGNED),
        (15, ids[14], NOT_SIGNED),
    ]
