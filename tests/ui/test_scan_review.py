"""Attendance > Read signed sheets…: the grid of proposed statuses, an uncertain box corrected
with the keyboard, a walk-in row typed in beside its image, and nothing saved before Save."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from app.services.attendance import roster
from app.services.scanning import sheet_layout as L
from tests.scanned_sheets import render_pages, seminar_sheets, signature

DPI = 200
K = DPI / 25.4


@pytest.fixture
def scan(db, tmp_path):
    """Day 1: row 1 signed, row 2 holding a short uncertain mark, walk-in row 4 written in."""
    data = seminar_sheets(db, tmp_path / "sheets.pdf")
    page = render_pages(tmp_path / "sheets.pdf", DPI)[0]
    rng = np.random.default_rng(5)
    signature(page, L.signature_box(0), K, rng)
    x, y, w, h = L.signature_box(1)
    a = (int((x + 20) * K), int((y + h / 2) * K))
    cv2.line(page, a, (a[0] + int(3 * K), a[1]), 0, max(1, int(0.5 * K)))
    signature(page, L.signature_box(3), K, rng)
    signature(page, (L.column_x(1), L.row_top(3), L.COLUMNS[1], L.ROW_H), K, rng)
    path = tmp_path / "photo.png"
    cv2.imwrite(str(path), page)
    return data, str(path)


def _click(view, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def test_confirm_correct_and_save(qtbot, db, scan):
    from app.ui.attendance.scan_review import UNSURE, WalkInForm, read_signed_sheets

    data, path = scan
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = read_signed_sheets(window, db, [path])
    assert dialog is not None
    grid = dialog.grid

    def text(row: int) -> str:
        item = grid.item(row, 0)
        assert item is not None
        return item.text()

    names = [p["full_name"] for p in data["people"]]
    assert grid.rowCount() == 3 and grid.columnCount() == 1
    labels = [h.text() for r in range(3) if (h := grid.verticalHeaderItem(r))]
    assert labels == [f"{n} (TR-7)" for n in names]
    assert text(0) == "Present"
    unsure = grid.item(1, 0)
    assert unsure is not None and unsure.text() == "" and unsure.background().color() == UNSURE
    assert not unsure.icon().isNull()  # the box's own image
    before = roster.roster(db, data["training"]["id"])
    _click(grid, 1, 0)
    QTest.keyClick(grid, Qt.Key.Key_Space)  # the user looked: it is a signature
    assert text(1) == "Present"
    assert dialog.walk_ins is not None
    (form,) = dialog.walk_ins.findChildren(WalkInForm)
    QTest.keyClicks(form.name, "Maria Popescu")
    form.sex.setFocus()
    QTest.keyClick(form.sex, Qt.Key.Key_Down)
    QTest.keyClicks(form.organisation, "NGO")
    assert roster.roster(db, data["training"]["id"]) == before  # nothing saved yet
    QTest.mouseClick(form.add, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    after = roster.roster(db, data["training"]["id"])
    day = data["days"][0]
    statuses = {p["full_name"]: p["statuses"] for p in after["people"]}
    assert statuses[names[0]][day] == "present" and statuses[names[1]][day] == "present"
    assert statuses[names[2]][day] == "absent"
    assert statuses["Maria Popescu"] == {day: "present", **{d: "absent" for d in data["days"][1:]}}
    assert "Recorded present: 2" in window.statusBar().currentMessage()
