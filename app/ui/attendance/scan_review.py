"""Attendance > Read signed sheets…: scans or photos of signed sign-in sheets read, then a grid
of the people × days with the proposed statuses for the user to confirm or correct before
anything is saved. Uncertain boxes are highlighted and show their cut-out image; walk-in rows
show the row's image next to the fields to type it in. Pages that could not be read are listed
with the reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import GpastError
from app.models.vocabulary import SEXES
from app.services.scanning.reading import SIGNED, UNCERTAIN
from app.services.scanning.scans import ScanResult, add_walk_in, read_scans, save_present
from app.ui.labels import value_label
from app.ui.problem_text import problem_text
from app.ui.shell.background import wait_behind_busy_window

SCAN_FILTER = "PDF, PNG, JPEG, TIFF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"
UNSURE = QColor("#ffe08a")
PRESENT = QColor("#d8f0d8")
KEPT = QColor("#e4e8f0")
CELL = Qt.ItemDataRole.UserRole


def pixmap(image: np.ndarray, height: int = 0) -> QPixmap:
    grey = np.ascontiguousarray(image)
    picture = QImage(
        grey.data, grey.shape[1], grey.shape[0], grey.strides[0], QImage.Format.Format_Grayscale8
    ).copy()
    out = QPixmap.fromImage(picture)
    return out.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation) if height else out


def read_signed_sheets(parent: QWidget, db, files: list[str] | None = None) -> ScanReview | None:
    if files is None:
        files, _ = QFileDialog.getOpenFileNames(
            parent, parent.tr("Scans of signed sign-in sheets"), "", SCAN_FILTER
        )
    if not files:
        return None
    reading = QCoreApplication.translate("ScanReview", "Reading the signed sheets…")
    result = wait_behind_busy_window(parent, reading, read_scans, db, files)
    dialog = ScanReview(db, result, files, parent)
    dialog.open()
    return dialog


class ScanReview(QDialog):
    def __init__(self, db, result: ScanResult, files: list[str], parent=None):
        super().__init__(parent)
        self.db, self.scan, self.files = db, result, files
        self.setWindowTitle(self.tr("Read signed sheets"))
        layout = QVBoxLayout(self)
        if result.unread:
            lines = [
                (
                    self.tr("{file} page {page}").format(file=u.file, page=u.page) + ": "
                    if u.page
                    else ""
                )
                + problem_text(u.reason)
                for u in result.unread
            ]
            unread = QLabel(self.tr("Not read:") + "\n" + "\n".join(lines), self)
            unread.setStyleSheet("color: #9c2f2f")
            unread.setWordWrap(True)
            layout.addWidget(unread)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Signed boxes are proposed as present; yellow boxes are uncertain: look at "
                    "the box below and press Space to change a cell. Statuses already recorded "
                    "are kept."
                ),
                self,
            )
        )
        self.grid = QTableWidget(self)
        self.grid.currentCellChanged.connect(self._show_box)
        self.grid.cellDoubleClicked.connect(self.toggle)
        self.grid.installEventFilter(self)
        layout.addWidget(self.grid, 1)
        self.box = QLabel(self)
        self.box.setMinimumHeight(60)
        layout.addWidget(self.box)
        self._fill()
        self.walk_ins = self._walk_in_forms()
        if self.walk_ins is not None:
            layout.addWidget(self.walk_ins)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save statuses"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 640)

    # -- the grid ------------------------------------------------------------------------
    def _fill(self) -> None:
        """One row a person, one column a session's day; a cell holds what the box said."""
        self.days: list[tuple[int, date, str]] = []
        rows: dict[tuple[int, int], str] = {}
        cells: dict[tuple[tuple[int, int], tuple[int, date, str]], tuple] = {}
        for sheet in self.scan.sheets:
            day = (sheet.training_id, sheet.day, sheet.code)
            if day not in self.days:
                self.days.append(day)
            for row in sheet.rows:
                key = (sheet.training_id, row.person_id)
                rows.setdefault(key, f"{row.name} ({sheet.code})")
                old = cells.get((key, day))
                if old is None or old[0] != SIGNED:  # two scans of one sheet: signed wins
                    cells[(key, day)] = (row.verdict, row.recorded, row.image)
        self.days.sort(key=lambda d: (d[2], d[1]))
        self.people = sorted(rows, key=lambda k: rows[k].casefold())
        self.grid.setRowCount(len(self.people))
        self.grid.setColumnCount(len(self.days))
        self.grid.setVerticalHeaderLabels([rows[k] for k in self.people])
        self.grid.setHorizontalHeaderLabels(
            [f"{code} {QLocale().toString(QDate(day), 'dd.MM')}" for _t, day, code in self.days]
        )
        for r, key in enumerate(self.people):
            for c, day in enumerate(self.days):
                found = cells.get((key, day))
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if found is None:
                    item.setData(CELL, None)
                else:
                    verdict, recorded, image = found
                    kept = recorded not in (None, "absent")
                    item.setData(CELL, (verdict, recorded, image, kept))
                    item.setText(
                        value_label(recorded)
                        if kept
                        else value_label("present")
                        if verdict == SIGNED
                        else ""
                    )
                    item.setToolTip(self._verdict_text(verdict))
                    colour = (
                        KEPT
                        if kept
                        else UNSURE
                        if verdict == UNCERTAIN
                        else PRESENT
                        if verdict == SIGNED
                        else None
                    )
                    if colour is not None:
                        item.setBackground(QBrush(colour))
                    if verdict == UNCERTAIN:
                        item.setIcon(pixmap(image, 24))
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()

    def _verdict_text(self, verdict: str) -> str:
        return {
            SIGNED: self.tr("signed"),
            UNCERTAIN: self.tr("uncertain: look at the box"),
        }.get(verdict, self.tr("not signed"))

    def _show_box(self, row: int, column: int, *_previous) -> None:
        item = self.grid.item(row, column)
        cell = item.data(CELL) if item else None
        if not cell:
            self.box.clear()
            return
        self.box.setPixmap(pixmap(cell[2], 56))

    def toggle(self, row: int | None = None, column: int | None = None) -> None:
        """Present ↔ nothing for the current cell (a status already recorded stays)."""
        row = self.grid.currentRow() if row is None else row
        column = self.grid.currentColumn() if column is None else column
        item = self.grid.item(row, column)
        cell = item.data(CELL) if item else None
        if item is None or not cell or cell[3]:
            return
        present = item.text() == ""
        item.setText(value_label("present") if present else "")
        item.setBackground(QBrush(PRESENT if present else QColor("#ffffff")))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Space on the grid changes the current cell (the table would only select it)."""
        if (
            watched is self.grid
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle()
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> list[tuple[int, int, date]]:
        """(session, person, day) of every cell the user leaves at present."""
        out = []
        for r, (tid, pid) in enumerate(self.people):
            for c, (_t, day, _code) in enumerate(self.days):
                item = self.grid.item(r, c)
                cell = item.data(CELL) if item else None
                if item is not None and cell and not cell[3] and item.text():
                    out.append((tid, pid, day))
        return out

    def save(self) -> None:
        try:
            saved = wait_behind_busy_window(
                self, self.tr("Saving…"), save_present, self.db, self.chosen(), self.files
            )
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), problem_text(exc))
            return
        self.outcome = self.tr("Recorded present: {n}. Kept as recorded: {kept}.").format(
            n=len(saved.recorded), kept=len(saved.kept)
        )
        status_bar = getattr(self.parent(), "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(self.outcome, 10000)
        self.accept()

    # -- walk-ins --------------------------------------------------------------------------
    def _walk_in_forms(self) -> QGroupBox | None:
        rows = [(sheet, box) for sheet in self.scan.sheets for box in sheet.walk_ins]
        if not rows:
            return None
        group = QGroupBox(self.tr("Walk-in rows written by hand: type them in"), self)
        layout = QVBoxLayout(group)
        for sheet, box in rows:
            layout.addWidget(WalkInForm(self, sheet, box))
        return group


class WalkInForm(QWidget):
    """The row's image, and the fields to type what it says."""

    def __init__(self, review: ScanReview, sheet, box):
        super().__init__(review)
        self.review, self.sheet, self.box = review, sheet, box
        line = QHBoxLayout(self)
        picture = QLabel(self)
        picture.setPixmap(
            pixmap(box.image).scaledToWidth(560, Qt.TransformationMode.SmoothTransformation)
        )
        where = QLabel(
            self.tr("{file} page {page}, row {row}").format(
                file=Path(sheet.file).name, page=sheet.page, row=box.row
            ),
            self,
        )
        column = QVBoxLayout()
        column.addWidget(where)
        column.addWidget(picture)
        line.addLayout(column, 3)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.sex = QComboBox(self)
        self.sex.addItem("", "")
        for sex in SEXES:
            self.sex.addItem(value_label(sex), sex)
        self.organisation = QLineEdit(self)
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Organisation"), self.organisation)
        line.addLayout(form, 2)
        self.add = QPushButton(self.tr("Add as present"), self)
        self.add.clicked.connect(self.add_person)
        line.addWidget(self.add)

    def add_person(self) -> None:
        person = {
            "full_name": self.name.text(),
            "sex": self.sex.currentData(),
            "organisation": self.organisation.text(),
        }
        try:
            wait_behind_busy_window(
                self,
                self.tr("Saving…"),
                add_walk_in,
                self.review.db,
                self.sheet.training_id,
                self.sheet.day,
                person,
                self.sheet.file,
            )
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Walk-in"), problem_text(exc))
            return
        self.add.setEnabled(False)
        self.add.setText(self.tr("Added"))
