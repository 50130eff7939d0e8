"""Merging two records of the same person: both side by side, field by field (the fields that
differ highlighted), with what the kept record will hold after the merge; the user chooses which
record to keep and confirms with Merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.models.kinds import KINDS
from app.services.attendance.participants import PERSONAL_FIELDS
from app.ui.formats import format_number
from app.ui.labels import field_label, value_label

FILLED_FROM_THE_OTHER = (*PERSONAL_FIELDS, "birth_year")  # as participants.merge() does
DIFFERENT = QColor("#fff1c2")
AFTER = 2  # the column of what the kept record holds after merging


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value_label(value) if value in ("female", "male", "other", "not stated") else value
    return str(value)


class MergeDialog(QDialog):
    """`first`, `second`: the two people (records as the services give them) and how many
    attendance days each has. After exec(): `keep` and `other`, the ids chosen."""

    def __init__(self, first: dict, second: dict, days: tuple[int, int], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.people = (first, second)
        self.days = days
        self.keep: int | None = None
        self.other: int | None = None
        self.names = [
            f.name for f in KINDS["participants"].fields if f.name in first or f.name in second
        ]
        intro = QLabel(
            self.tr(
                "These two records may be the same person. Choose the record to keep: the "
                "other one's attendance moves to it (where both have a day, the better status "
                "is kept), its empty details are filled in from the other, and the other record "
                "is removed. Fields that differ are highlighted."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.names) + 1, 3, self)
        self.table.setObjectName("merge-comparison")
        self.table.setAccessibleName(self.tr("The two records field by field"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record 1"),
                self.tr("Record 2"),
                self.tr("After merging"),
            ]
        )
        self.table.setVerticalHeaderLabels(
            [field_label(n) for n in self.names] + [self.tr("Attendance days recorded")]
        )
        self.differing: list[str] = []
        for row, name in enumerate(self.names):
            values = (first.get(name), second.get(name))
            differs = _key(values[0]) != _key(values[1])
            if differs:
                self.differing.append(name)
            for column, value in enumerate(values):
                self.table.setItem(row, column, self._cell(_shown(value), differs))
        last = len(self.names)
        for column, count in enumerate(days):
            self.table.setItem(last, column, self._cell(format_number(count), days[0] != days[1]))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choice = QButtonGroup(self)
        choose = QHBoxLayout()
        for i, person in enumerate(self.people):
            button = QRadioButton(
                self.tr("Keep record &{n}: {name}").format(n=i + 1, name=person["full_name"]),
                self,
            )
            self.choice.addButton(button, i)
            choose.addWidget(button)
        self.choice.idClicked.connect(self._chosen)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)  # until the user says which record stays
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(choose)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    def _cell(self, text: str, differs: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if differs:
            item.setBackground(QBrush(DIFFERENT))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _chosen(self, index: int) -> None:
        keep, other = self.people[index], self.people[1 - index]
        self.keep, self.other = keep["id"], other["id"]
        for row, name in enumerate(self.names):
            value = keep.get(name)
            if not value and name in FILLED_FROM_THE_OTHER:
                value = other.get(name)
            self.table.setItem(row, AFTER, QTableWidgetItem(_shown(value)))
        after = self.tr("up to {n}").format(n=format_number(sum(self.days)))
        self.table.setItem(len(self.names), AFTER, QTableWidgetItem(after))
        self.merge_button.setEnabled(True)


def _key(value: Any) -> Any:
    """Values compared as stored: "Суд" and "суд" differ, so that the user sees which spelling
    the kept record carries on."""
    return value.strip() if isinstance(value, str) else value
