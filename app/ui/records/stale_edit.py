"""What an editor shows when its save was refused because someone else saved the record first
(StaleRecord): who, when and what; then Reload (take the saved record, drop mine), Compare
(the saved values beside mine, field by field) or Keep mine (what I typed is saved over it,
knowingly; what they changed and I did not stays theirs). Pages without an editor (a list's
Delete, Targets, Statistics) say the same in their own words and offer Reload only."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import StaleRecord
from app.ui.formats import format_datetime, format_stored
from app.ui.labels import area_label, field_label, value_label

DIFFERENT = QColor("#fff3cd")
WIDTH = 560  # fits a window kept at half of a 1366-pixel screen, in both languages


class Page(StrEnum):
    """Where a refused save happened without the editor's dialog: each says it in its words."""

    EDITOR = "editor"  # a record's editor: Reload, Compare or Keep my changes
    DELETE = "delete"  # a list's Delete
    TARGETS = "targets"  # the Targets page's Save
    STATISTICS = "statistics"  # a figure typed on the Statistics page


def page_text(problem: StaleRecord, page: Page, changed: str | None = None) -> str:
    """Who saved, when and what (`changed`: the page's own name for it, such as a Targets
    cell's "area, indicator"; else the changed fields), and what the page's buttons do."""
    templates = {
        Page.EDITOR: QCoreApplication.translate(
            "StaleEditDialog",
            "{who} saved this record at {when} UTC while you were editing it (changed: "
            "{fields}); your changes were not saved. Reload it, compare it with yours, or keep "
            "your changes and save them over it.",
        ),
        Page.DELETE: QCoreApplication.translate(
            "StaleEditDialog",
            "{who} saved this record at {when} UTC after the list showed it (changed: "
            "{fields}), so it was not deleted. Reload the list to see it as saved, then "
            "delete it again if you still mean to.",
        ),
        Page.TARGETS: QCoreApplication.translate(
            "StaleEditDialog",
            "{who} saved targets of this year at {when} UTC while you were typing yours "
            "(changed: {fields}); your targets were not saved. Reload to see theirs, then "
            "type yours again.",
        ),
        Page.STATISTICS: QCoreApplication.translate(
            "StaleEditDialog",
            "{who} saved this figure at {when} UTC while you were typing yours (changed: "
            "{fields}); your figure was not saved. Reload to see theirs, then type yours again.",
        ),
    }
    values = problem.values
    return templates[page].format(
        who=values.get("who", "?"),
        when=_moment(str(values.get("when", "?"))),
        fields=changed or ", ".join(field_label(f) for f in problem.fields) or "—",
    )


def _moment(stored: str) -> str:
    """The moment of the other save as every date in the window reads (24.11.2026 07:54)."""
    try:
        return format_datetime(datetime.fromisoformat(stored))
    except ValueError:
        return stored


class Choice(StrEnum):
    RELOAD = "reload"  # show the record as saved now; my changes are dropped
    KEEP_MINE = "keep_mine"  # save what I typed over the other person's save, knowing it
    CANCEL = "cancel"  # back to the editor, nothing saved


def _one(value: Any) -> str:
    if isinstance(value, str | date):
        value = format_stored(value)  # a date as the window writes dates
    text = str(value)
    return area_label(text) if area_label(text) != text else value_label(text)


def shown(value: Any) -> str:
    """A field's value as the user reads it (choices and focus areas in their language)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list | tuple):
        return "; ".join(_one(v) for v in value)
    return _one(value)


def differences(saved: dict[str, Any], mine: dict[str, Any]) -> list[str]:
    """The fields (of mine) whose values differ from the saved record's."""
    return [name for name, value in mine.items() if shown(saved.get(name)) != shown(value)]


class StaleEditDialog(QDialog):
    def __init__(self, problem: StaleRecord, mine: dict[str, Any], parent=None):
        super().__init__(parent)
        self.setObjectName("stale-edit")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = Choice.CANCEL
        self.message = QLabel(page_text(problem, Page.EDITOR), self)
        self.message.setObjectName("stale-message")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("stale-compare")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Saved by {who}").format(who=problem.values.get("who", "?")),
                self.tr("Yours (not saved)"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._fill(problem.current, mine)
        self.table.hide()

        # Reload and Keep mine stacked, each with what it does: side by side the Russian
        # labels made the dialog wider than a window kept at half the screen
        self.reload_button = QCommandLinkButton(
            self.tr("&Reload"),
            self.tr("Show the record as saved now; your changes are dropped"),
            self,
        )
        self.keep_button = QCommandLinkButton(
            self.tr("&Keep my changes"),
            self.tr("Save what you typed over it; what they changed and you did not stays theirs"),
            self,
        )
        buttons = QDialogButtonBox(self)
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.setCheckable(True)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.cancel_button.clicked.connect(self.reject)
        self.compare_button.toggled.connect(self._compare)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        layout.addWidget(buttons)
        self.resize(WIDTH, self.sizeHint().height())

    def _fill(self, saved: dict[str, Any], mine: dict[str, Any]) -> None:
        changed = set(differences(saved, mine))
        names = [n for n in mine if n in changed] + [n for n in mine if n not in changed]
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            cells = (field_label(name), shown(saved.get(name)), shown(mine[name]))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if name in changed:
                    item.setBackground(QBrush(DIFFERENT))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()  # both values share the width, wrapped
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()

    def _compare(self, on: bool) -> None:
        self.table.setVisible(on)
        self.adjustSize()
        self.resize(WIDTH, max(self.sizeHint().height(), 480) if on else self.sizeHint().height())

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def offer_reload(
    parent, problem: StaleRecord, title: str, page: Page, changed: str | None = None
) -> bool:
    """A delete or a page's save was refused because someone else saved first: say who, when
    and what, and offer to reload what is shown (True: the user chose Reload)."""
    text = page_text(problem, page, changed)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("stale-refusal")
    reload_button = box.addButton(
        QCoreApplication.translate("StaleEditDialog", "&Reload"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is reload_button
