"""The attendance grid of a training session's roster: people × days, one status per cell,
set from the keyboard (P present, L late, E excused, A absent, or the letters of the window's
language; Space cycles). Each change is saved at once, off the UI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from app.errors import GpastError
from app.models.vocabulary import ATTENDANCE_STATUSES
from app.services.attendance import roster
from app.ui.formats import format_day
from app.ui.labels import value_label
from app.ui.problem_text import problem_text
from app.ui.shell.background import wait_behind_busy_window

KEYS = {
    Qt.Key.Key_P: "present",
    Qt.Key.Key_L: "late",
    Qt.Key.Key_E: "excused",
    Qt.Key.Key_A: "absent",
}
LETTERS = {"present": "P", "late": "L", "excused": "E", "absent": "A"}


def status_letters() -> dict[str, str]:
    """The letter each status shows in the grid and its legend, in the window's language
    (Russian: П, О, У, Н)."""
    return {
        "present": QCoreApplication.translate("AttendanceLetters", "P", "present"),
        "late": QCoreApplication.translate("AttendanceLetters", "L", "late"),
        "excused": QCoreApplication.translate("AttendanceLetters", "E", "excused"),
        "absent": QCoreApplication.translate("AttendanceLetters", "A", "absent"),
    }


def status_of_key(event) -> str | None:
    """The status a key press sets: the English letter of any keyboard layout's P/L/E/A key, or
    the letter the grid shows in the window's language (typed in that language's layout)."""
    if event.key() in KEYS:
        return KEYS[event.key()]
    typed = event.text().strip().upper()
    for status, letter in status_letters().items():
        if typed and typed == letter.upper():
            return status
    return None


COLOURS = {"present": "#d8f0d8", "late": "#fff1c9", "excused": "#e4e8f0", "absent": "#f6d6d6"}
FIXED = 2  # name, organisation


class RosterModel(QAbstractTableModel):
    def __init__(self, db, training_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.training_id = training_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.data_ = roster.roster(self.db, self.training_id)
        self.endResetModel()

    @property
    def days(self) -> list[date]:
        return self.data_["days"]

    @property
    def people(self) -> list[dict]:
        return self.data_["people"]

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED + len(self.days)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Name")
        if section == 1:
            return self.tr("Organisation")
        return format_day(self.days[section - FIXED])

    def status(self, row: int, column: int) -> str | None:
        return self.people[row]["statuses"].get(self.days[column - FIXED])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.people[index.row()]
        if index.column() < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return person["full_name"] if index.column() == 0 else person["organisation"]
            return None
        status = self.status(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return status_letters().get(status, "") if status else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return value_label(status) if status else ""
        if role == Qt.ItemDataRole.BackgroundRole and status:
            return QColor(COLOURS[status])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def set_cells(self, cells: list[tuple[int, int]], status: str, shown_on: QWidget) -> bool:
        """Save `status` in the cells (rows, columns), off the UI thread behind `shown_on`'s
        busy window; the grid shows it once saved. False (and why, in a message) when not."""
        changes = [
            (self.people[r]["id"], self.days[c - FIXED], status) for r, c in cells if c >= FIXED
        ]
        if not changes:
            return False
        try:
            wait_behind_busy_window(
                shown_on,
                QCoreApplication.translate("RosterModel", "Saving attendance…"),
                roster.set_statuses,
                self.db,
                self.training_id,
                changes,
            )
        except GpastError as exc:
            QMessageBox.warning(
                shown_on,
                QCoreApplication.translate("RosterModel", "Attendance not saved"),
                problem_text(exc),
            )
            return False
        for r, c in cells:
            if c >= FIXED:
                self.people[r]["statuses"][self.days[c - FIXED]] = status
                index = self.index(r, c)
                self.dataChanged.emit(index, index)
        return True


class RosterTable(QTableView):
    marked = Signal()  # the keyboard changed some statuses

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        model = self.model()
        assert isinstance(model, RosterModel)
        cells = [(i.row(), i.column()) for i in self.selectedIndexes() if i.column() >= FIXED]
        status = status_of_key(event)
        if status is not None and cells:
            if model.set_cells(cells, status, self):
                self.marked.emit()
            return
        if event.key() == Qt.Key.Key_Space and cells:
            for r, c in cells:
                current = model.status(r, c) or "absent"
                following = ATTENDANCE_STATUSES[(ATTENDANCE_STATUSES.index(current) + 1) % 4]
                if not model.set_cells([(r, c)], following, self):
                    break
            self.marked.emit()
            return
        super().keyPressEvent(event)
